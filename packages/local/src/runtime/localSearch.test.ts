import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

let dir: string;
let runtime: LocalRuntime | undefined;
beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-search-'));
});
afterAll(async () => {
  await runtime?.stop();
  await rm(dir, { recursive: true, force: true });
});

const get = async (path: string, token?: string) => {
  const response = await fetch(`${runtime!.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, json: (await response.json()) as any };
};

describe('search and recommendations in the local runtime', () => {
  it('the projection feeds the in-process index, and a restart on the same data dir still finds what was listed', async () => {
    runtime = await startLocalRuntime({ dataDir: dir, port: 0 });
    const staff = await runtime.issueToken({ role: 'staff', sub: 'alice' });
    const created = await fetch(`${runtime.url}/restaurants`, {
      method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Tasca Nova', city: 'Lisbon', address: 'Rua Nova 1', location: { lat: 38.71, lon: -9.14 }, cuisines: ['Portuguese'], priceRange: 2 }),
    });
    expect(created.status).toBe(201);
    const { stream } = (await created.json()) as { stream: string };

    const deadline = Date.now() + 10_000;
    let found: any;
    while (Date.now() < deadline) {
      found = await get('/restaurants/search?q=Tasca%20Novva&lat=38.71&lon=-9.14&radiusKm=1');
      if (found.json.total > 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(found.json.items.map((i: { id: string }) => i.id)).toEqual([stream]);
    expect(found.json.items[0].distanceKm).toBeCloseTo(0, 6);

    // A diner who rated it badly is not offered it; that must survive the restart too.
    const carol = await runtime.issueToken({ role: 'diner', sub: 'carol' });
    const send = (method: string, path: string, body: unknown) => fetch(`${runtime!.url}${path}`, {
      method, headers: { authorization: `Bearer ${carol}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    expect((await send('POST', '/me', { displayName: 'Carol' })).status).toBe(201);
    expect((await send('PUT', `/restaurants/${stream}/rating`, { stars: 1 })).status).toBe(201);
    let carolsPicks: any;
    while (Date.now() < deadline + 10_000) {
      carolsPicks = await get('/me/recommendations?lat=38.71&lon=-9.14', carol);
      if (carolsPicks.json.items.length === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(carolsPicks.json.items).toEqual([]);
    await runtime.stop();
    runtime = undefined;

    runtime = await startLocalRuntime({ dataDir: dir, port: 0 });
    const again = await get('/restaurants/search?cuisine=portuguese');
    expect(again.json.items.map((i: { id: string }) => i.id)).toEqual([stream]);
    const diner = await runtime.issueToken({ role: 'diner', sub: 'bob' });
    const picks = await get('/me/recommendations?lat=38.71&lon=-9.14', diner);
    expect(picks.status).toBe(200);
    expect(picks.json.items.map((i: { id: string }) => i.id)).toEqual([stream]);
    expect(picks.json.items[0].reasons.length).toBeGreaterThan(0);
    const carolAgain = await runtime.issueToken({ role: 'diner', sub: 'carol' });
    expect((await get('/me/recommendations?lat=38.71&lon=-9.14', carolAgain)).json.items).toEqual([]);
  }, 60_000);
});
