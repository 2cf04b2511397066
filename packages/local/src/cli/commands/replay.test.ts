import { describe, expect, it } from 'vitest';
import { DynamoViewStore, foldProjection, restaurantProfileProjection, restaurantsByCityProjection } from '@forkcast/core';
import { startDynalite } from '@forkcast/core/dynalite';
import { sampleLog } from '@forkcast/core/testing';
import { dataDirLayout } from '../../runtime/dataDirLayout';
import { startLocalRuntime } from '../../runtime/startLocalRuntime';
import { runCli as cli } from '../../testing/runCli';
import { useCliDataDir } from '../../testing/useCliDataDir';

// Recent days, so the runtime's feed (which starts at the first day and reads up to now) publishes them.
const start = Date.now() - 3 * 86_400_000;
const log = sampleLog({ start, days: 2, restaurants: 30, eventsPerRestaurant: 3 });
const streams = [...new Set(log.map((e) => e.stream))];
const from = new Date(start).toISOString().slice(0, 10);
const dir = await useCliDataDir('forkcast-replay-', log);

describe('forkcast replay', () => {
  it('rebuilds a projection offline on the data dir', async () => {
    const run = await cli('replay', '--projection', 'restaurantProfile');
    expect(run.err).toBe('');
    expect(run.status).toBe(0);
    expect(run.out).toBe(`rebuilt restaurantProfile: ${streams.length} views from ${log.length} events; readers now use generation 1 (was 0)\n`);
    const dynamo = await startDynalite({ path: dataDirLayout(dir).dynamodb });
    try {
      const views = new DynamoViewStore({ client: dynamo.client });
      for (const stream of streams) {
        const events = log.filter((e) => e.stream === stream);
        expect((await views.get(restaurantProfileProjection.name, stream))?.view).toEqual(foldProjection(restaurantProfileProjection, events));
      }
    } finally {
      await dynamo.stop();
    }
  });

  it('rebuilds through the running runtime into views equal to the live ones, and republishes', async () => {
    const runtime = await startLocalRuntime({ dataDir: dir, port: 0 });
    try {
      await runtime.settle();
      const live = await Promise.all(streams.map((s) => runtime.views.get(restaurantsByCityProjection.name, s)));
      expect(live.filter(Boolean).length).toBeGreaterThan(0);
      const run = await cli('replay', '--projection', 'restaurantsByCity');
      expect(run.status).toBe(0);
      expect(run.out).toContain('readers now use generation 1 (was 0)');
      expect((await runtime.views.generations(restaurantsByCityProjection.name)).active).toBe(1);
      expect(await Promise.all(streams.map((s) => runtime.views.get(restaurantsByCityProjection.name, s)))).toEqual(live);

      const delisted = log.filter((e) => e.type === 'RestaurantDelisted').length;
      const republish = await cli('replay', '--republish', '--pattern', '{"detail-type": ["RestaurantDelisted"]}', '--from', from, '--rate', '1000');
      expect(republish.status).toBe(0);
      expect(republish.out).toMatch(new RegExp(`^republished ${delisted} events as replay-[0-9A-Z]{26}\\n$`));
    } finally {
      await runtime.stop();
    }
  });

  it('explains what it needs', async () => {
    expect((await cli('replay', '--projection', 'nothing')).err).toMatch(/no projection nothing; known: .*restaurantProfile/);
    expect((await cli('replay')).status).toBe(2);
    expect((await cli('replay', '--projection', 'restaurantProfile', '--to', '2030-01-01')).status).toBe(2);
    expect((await cli('replay', '--projection', 'restaurantProfile', '--from', '2030-01-01')).err).toContain('a rebuild reads the whole log');
    const offline = await cli('replay', '--republish', '--pattern', '{"source": ["forkcast.restaurants"]}', '--from', from);
    expect(offline.status).toBe(1);
    expect(offline.err).toContain('start it (npm start)');
  });
});
