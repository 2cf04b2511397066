/**
 * Analytics over a generated log of FORKCAST_BENCH_LOG_EVENTS events (default 1,000,000) in an
 * on-disk dynalite (in memory it would hold the log twice, table and byDay index, in the heap):
 * how fast the bench fills it (BatchWriteItem of 25, several in flight), how fast the log replays
 * through byDay, how fast a projection rebuilds from it, against the pure in-memory `evolve` of the
 * same projection over the same events (the ratio is what the store costs), and export throughput
 * and bytes per event in Parquet and NDJSON on a sample of its days.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoEventStore, DynamoViewStore, foldProjection, readLog, readLogByTime, rebuildProjection, restaurantProfileProjection } from '@forkcast/core';
import { startDynalite } from '@forkcast/core/dynalite';
import { sampleLog, writeLogDirect } from '@forkcast/core/testing';
import { eventCatalog, type EventEnvelope } from '@forkcast/events';
import { exportToDirectory } from '../packages/local/src/analytics/exportToDirectory';
import type { Bench, Figure } from './bench';

// About 10 minutes on the shared 2-core machine, three quarters of it filling dynalite (on disk it
// takes 2-3k events/s); FORKCAST_BENCH_LOG_EVENTS=200000 gives the same ratios in 2 minutes.
const total = Number(process.env.FORKCAST_BENCH_LOG_EVENTS ?? 1_000_000);
const eventsPerRestaurant = 9; // + the listing: 10 events per stream
const days = 20;
const exportDays = 2;
const start = Date.parse('2030-01-01T00:00:00Z');
const bus = { account: '000000000000', region: 'us-east-1' };
const seconds = (since: number) => (performance.now() - since) / 1000;

async function sizeOf(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) if (entry.isFile()) bytes += (await stat(join(entry.parentPath, entry.name))).size;
  return bytes;
}

const bench: Bench = {
  title: `Analytics on a log of ${total.toLocaleString('en')} events`,
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'forkcast-bench-analytics-'));
    const db = await startDynalite({ path: join(dir, 'dynamodb') });
    const figures: Figure[] = [];
    const figure = (key: string, value: number, unit: string, description: string) => {
      figures.push({ key: `analytics.${key}`, value: Math.round(value * 100) / 100, unit, description });
      console.log(`    ${key}: ${value.toFixed(1)} ${unit}`);
    };
    try {
      const store = new DynamoEventStore({ client: db.client });
      const restaurants = Math.ceil(total / (eventsPerRestaurant + 1));
      const chunk = 5_000;
      // Kept in memory for the in-memory evolve baseline: every 10th stream's events.
      const sample: EventEnvelope[] = [];
      let written = 0;
      const generating = performance.now();
      for (let r = 0; r < restaurants; r += chunk) {
        const events = sampleLog({ start, days, restaurants: Math.min(chunk, restaurants - r), eventsPerRestaurant, seed: r + 1 });
        await writeLogDirect(db.client, store.tableName, events, 8);
        for (let i = 0; i < events.length; i += (eventsPerRestaurant + 1) * 10) sample.push(...events.slice(i, i + eventsPerRestaurant + 1));
        written += events.length;
        if ((r / chunk) % 4 === 3) console.log(`    generated ${written} events in ${seconds(generating).toFixed(0)} s`);
      }
      figure('generate.eventsPerSecond', written / seconds(generating), 'events/s', `filling the on-disk dynalite with ${written} events (BatchWriteItem of 25, 8 in flight)`);
      figure('log.events', written, 'events', 'events in the generated log: FORKCAST_BENCH_LOG_EVENTS=N npm run bench -- analytics');

      const to = new Date(start + days * 86_400_000 - 1);
      let read = 0;
      const replaying = performance.now();
      for await (const _ of readLogByTime({ store, from: new Date(start), to, pageSize: 1000 })) read += 1;
      const replayRate = read / seconds(replaying);
      figure('replay.readEventsPerSecond', replayRate, 'events/s', 'reading the whole log in time order through byDay (pages of 1,000), upcast and validated');

      const views = new DynamoViewStore({ client: db.client });
      const rebuilding = performance.now();
      const rebuilt = await rebuildProjection({ projection: restaurantProfileProjection, store, views, from: "2030-01-01", clock: () => to, lateWindowMs: 0 });
      const rebuildRate = rebuilt.events / seconds(rebuilding);
      figure('rebuild.eventsPerSecond', rebuildRate, 'events/s', `rebuilding restaurantProfile from the log into a fresh generation (${rebuilt.views} views written)`);

      const parsed = sample.map((e) => eventCatalog.parse(e));
      const evolving = performance.now();
      let evolved = 0;
      // Enough rounds for a stable figure: the sample is small next to the log.
      while (seconds(evolving) < 2) {
        const byStream = new Map<string, unknown>();
        for (const event of parsed) byStream.set(event.stream, foldProjection(restaurantProfileProjection, [event], (byStream.get(event.stream) ?? null) as never));
        evolved += parsed.length;
      }
      const evolveRate = evolved / seconds(evolving);
      figure('evolve.eventsPerSecond', evolveRate, 'events/s', `pure restaurantProfile evolve in memory over ${parsed.length} events of the same log (already upcast)`);
      figure("evolve.ratioToRebuild", evolveRate / rebuildRate, "×", "in-memory evolve / rebuild from the store, same run: how many times the store (reading the log, writing views) slows a rebuild");

      for (const format of ['parquet', 'ndjson'] as const) {
        const out = join(dir, `export-${format}`);
        const exporting = performance.now();
        const results = await exportToDirectory({
          from: '2030-01-01', to: `2030-01-0${exportDays}`, format, outDir: out,
          readDay: (day) => readLog({ store, bus, query: { from: day, to: day }, pageSize: 1000 }),
        });
        const events = results.reduce((n, r) => n + r.events, 0);
        figure(`export.${format}.eventsPerSecond`, events / seconds(exporting), 'events/s', `forkcast export --format ${format} of ${exportDays} days (${events} events): read, encode, write, swap`);
        figure(`export.${format}.bytesPerEvent`, (await sizeOf(out)) / events, 'bytes/event', `size on disk of the ${format} export per event`);
      }
      return figures;
    } finally {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
