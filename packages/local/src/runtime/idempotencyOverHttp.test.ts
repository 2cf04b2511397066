import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

let runtime: LocalRuntime;
let dir: string;
let alice: string;
let carol: string;

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-idempotency-'));
  runtime = await startLocalRuntime({ dataDir: dir, inMemory: true, port: 0 });
  alice = await runtime.issueToken({ role: 'staff', sub: 'alice' });
  carol = await runtime.issueToken({ role: 'staff', sub: 'carol' });
});
afterAll(async () => {
  await runtime?.stop();
  await rm(dir, { recursive: true, force: true });
});

const restaurant = {
  name: 'Tasca da Repetição', city: 'Retryville', address: 'Rua 1, Retryville', location: { lat: 38.7, lon: -9.1 }, cuisines: ['Portuguese'], priceRange: 2,
};

function post(token: string, key: string, body: unknown) {
  return fetch(`${runtime.url}/restaurants`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
}

describe('Idempotency-Key through the local gateway', () => {
  it('replays the first 201 to a retry, 422 for another payload, and keeps callers apart', async () => {
    const first = await post(alice, 'k-1', restaurant);
    const retry = await post(alice, 'k-1', restaurant);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    const created = (await first.json()) as { stream: string; version: number };
    expect(await retry.json()).toEqual(created);
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(retry.headers.get('idempotent-replayed')).toBe('true');

    const changed = await post(alice, 'k-1', { ...restaurant, priceRange: 3 });
    expect(changed.status).toBe(422);
    expect(changed.headers.get('content-type')).toMatch(/^application\/problem\+json/);

    const theirs = await post(carol, 'k-1', { ...restaurant, priceRange: 3 });
    expect(theirs.status).toBe(201);
    expect(((await theirs.json()) as { stream: string }).stream).not.toBe(created.stream);
  });

  it('lets one of two concurrent first requests run; the other is 409 or the replay of its answer', async () => {
    const answers = await Promise.all([post(alice, 'k-race', restaurant), post(alice, 'k-race', restaurant)]);
    const statuses = answers.map((a) => a.status).sort();
    expect([[201, 201], [201, 409]]).toContainEqual(statuses);
    const replayed = answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length;
    // Exactly one of them ran: the other was either refused while in flight or replayed.
    expect(replayed + answers.filter((a) => a.status === 409).length).toBe(1);
  });
});
