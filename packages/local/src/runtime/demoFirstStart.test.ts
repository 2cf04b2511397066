import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listRestaurantsByCity, readLogByTime } from '@forkcast/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoCatalogue } from '../demo/generateDemoCatalogue';
import { dataDirLayout } from './dataDirLayout';
import { DataDirBusyError } from './runtimeLock';
import { startLocalRuntime } from './startLocalRuntime';

let dir: string;
beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-demo-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function countEvents(runtime: Awaited<ReturnType<typeof startLocalRuntime>>): Promise<number> {
  let count = 0;
  for await (const _ of readLogByTime({ store: runtime.store, from: new Date(Date.now() - 2 * 86_400_000), to: new Date(Date.now() + 86_400_000) })) count++;
  return count;
}

describe('first start of a data dir', () => {
  it('loads the demo catalogue once, and a restart neither reloads nor republishes it', async () => {
    const expected = generateDemoCatalogue().length;
    const first = await startLocalRuntime({ dataDir: dir, port: 0, demo: true });
    try {
      expect(first.demoLoaded).toBe(expected);
      await first.settle();
      expect(first.feed.status().published).toBe(expected);
      const page = await listRestaurantsByCity(first.views, 'Lisbon', { limit: 100 });
      expect(page.items.map((r) => r.name).sort()).toEqual(generateDemoCatalogue().filter((r) => r.city === 'Lisbon').map((r) => r.name).sort());
      const lock = JSON.parse(await readFile(dataDirLayout(dir).runtimeLock, 'utf8')) as { pid: number; url: string };
      expect(lock).toMatchObject({ pid: process.pid, url: first.url });
    } finally {
      await first.stop();
    }

    const second = await startLocalRuntime({ dataDir: dir, port: 0, demo: true });
    try {
      expect(second.demoLoaded).toBe(0);
      expect(await countEvents(second)).toBe(expected);
      await second.settle();
      // Everything was published before the first stop; the checkpoint says so.
      expect(second.feed.status().published).toBe(0);
    } finally {
      await second.stop();
    }
  });

  it('will not open a data dir that a live runtime holds', async () => {
    const holder = await startLocalRuntime({ dataDir: dir, port: 0 });
    try {
      await expect(startLocalRuntime({ dataDir: dir, port: 0 })).rejects.toBeInstanceOf(DataDirBusyError);
    } finally {
      await holder.stop();
    }
  });
});
