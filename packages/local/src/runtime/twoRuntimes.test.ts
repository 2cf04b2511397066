import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

/**
 * Each runtime is its own composition root: its handlers are built with its own stores, so two
 * in one process (tests, a developer comparing two data dirs) never see each other's writes.
 */
describe('two local runtimes in one process', () => {
  const runtimes: { runtime: LocalRuntime; dir: string; token: string }[] = [];

  beforeAll(async () => {
    process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
    for (const name of ['a', 'b']) {
      const dir = await mkdtemp(join(tmpdir(), `forkcast-two-${name}-`));
      const runtime = await startLocalRuntime({ dataDir: dir, inMemory: true, port: 0 });
      runtimes.push({ runtime, dir, token: await runtime.issueToken({ role: 'staff', sub: `staff-${name}` }) });
    }
  });
  afterAll(async () => {
    for (const { runtime, dir } of runtimes) {
      await runtime.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  const post = (at: (typeof runtimes)[number], path: string, body: unknown) =>
    fetch(`${at.runtime.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${at.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('keep their logs, views and uploads apart', async () => {
    const [a, b] = runtimes as [(typeof runtimes)[number], (typeof runtimes)[number]];
    const listed = async (at: typeof a, name: string) => {
      const response = await post(at, '/restaurants', { name, city: 'Twinton', address: '1 Twin Road', location: { lat: 1, lon: 2 }, cuisines: ['Cafe'], priceRange: 1 });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    // Interleaved, so a handler built for one runtime would be reused by the other.
    const inA = await listed(a, 'Only in A');
    const inB = await listed(b, 'Only in B');
    const alsoInA = await listed(a, 'Also in A');
    await Promise.all(runtimes.map(({ runtime }) => runtime.settle()));

    const names = async (at: typeof a) =>
      ((await (await fetch(`${at.runtime.url}/restaurants?city=Twinton`)).json()) as { items: { name: string }[] }).items.map((i) => i.name);
    expect(await names(a)).toEqual(['Also in A', 'Only in A']);
    expect(await names(b)).toEqual(['Only in B']);
    expect((await fetch(`${a.runtime.url}/restaurants/${inB}`)).status).toBe(404);
    expect((await fetch(`${b.runtime.url}/restaurants/${inA}`)).status).toBe(404);
    expect((await fetch(`${b.runtime.url}/restaurants/${alsoInA}`)).status).toBe(404);
    expect((await a.runtime.store.readStream(inB))).toEqual([]);
    expect((await b.runtime.store.readStream(inA))).toEqual([]);

    // Upload URLs point at the runtime that issued them, and the file lands in its own data dir.
    const created = (await (await post(b, '/imports', { filename: 'twin.csv' })).json()) as { uploadUrl: string };
    expect(created.uploadUrl.startsWith(`${b.runtime.url}/_local/uploads/`)).toBe(true);
    const put = await fetch(created.uploadUrl, { method: 'PUT', body: 'not,a,zomato,file\n', headers: { 'content-type': 'text/csv' } });
    expect(put.status).toBe(200);
    expect(await readdir(join(b.dir, 'objects', 'imports'))).toHaveLength(1);
    expect(await readdir(join(a.dir, 'objects')).catch(() => [])).not.toContain('imports');
  });
});
