import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynalite, type DynaliteHandle } from '../dynalite/startDynalite';
import { DynamoIdempotencyStore } from './dynamoIdempotencyStore';

let db: DynaliteHandle;
let clock = Date.parse('2026-01-01T00:00:00Z');
let store: DynamoIdempotencyStore;
const created = { statusCode: 201, headers: { etag: '"1"', location: '/things/1' }, body: '{"id":"1"}' };

beforeAll(async () => {
  db = await startDynalite();
  store = new DynamoIdempotencyStore({ client: db.client, tableName: db.tables.idempotency, ttlSeconds: 3600, leaseSeconds: 30, now: () => clock });
});
afterAll(() => db.stop());

describe('DynamoIdempotencyStore', () => {
  it('gives the first begin the lease, replays the completed answer, and refuses another fingerprint', async () => {
    const first = await store.begin('k-replay', 'fp-a');
    expect(first.outcome).toBe('new');
    expect(await store.begin('k-replay', 'fp-a')).toEqual({ outcome: 'in-flight' });
    expect(await store.complete('k-replay', (first as { lease: string }).lease, created)).toBe(true);
    expect(await store.begin('k-replay', 'fp-a')).toEqual({ outcome: 'completed', response: created });
    expect(await store.begin('k-replay', 'fp-b')).toEqual({ outcome: 'mismatch' });
  });

  it('lets exactly one of many concurrent first requests run', async () => {
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => store.begin('k-race', 'fp')));
    expect(outcomes.filter((o) => o.outcome === 'new')).toHaveLength(1);
    expect(outcomes.filter((o) => o.outcome === 'in-flight')).toHaveLength(7);
  });

  it('forgets a released key, so the retry runs again', async () => {
    const first = await store.begin('k-release', 'fp');
    await store.release('k-release', (first as { lease: string }).lease);
    expect((await store.begin('k-release', 'fp')).outcome).toBe('new');
  });

  it('hands a lapsed lease to the retry, and the dead request can no longer complete', async () => {
    const dead = (await store.begin('k-lapse', 'fp')) as { lease: string };
    clock += 31_000;
    const retry = await store.begin('k-lapse', 'fp');
    expect(retry.outcome).toBe('new');
    expect(await store.complete('k-lapse', dead.lease, created)).toBe(false);
    expect(await store.complete('k-lapse', (retry as { lease: string }).lease, created)).toBe(true);
  });

  it('treats an expired record as absent: dynalite has no TTL sweeper, and DynamoDB sweeps late', async () => {
    const first = (await store.begin('k-expire', 'fp-a')) as { lease: string };
    await store.complete('k-expire', first.lease, created);
    clock += 3600_000;
    // Still stored (nothing deleted it), yet a new payload under the old key is a new request.
    const again = await store.begin('k-expire', 'fp-b');
    expect(again.outcome).toBe('new');
  });
});
