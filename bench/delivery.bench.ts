/**
 * Event delivery. (1) Routing throughput: the whole subscription table compiled into one
 * PatternSet, as the local bus holds it, matching EventBridge events of every catalog type, live
 * and replayed. (2) End-to-end local latency at a steady load: commands append through the command
 * handler at a fixed rate (open loop), the change feed is nudged after each command as the gateway
 * does, the bus routes through the real table and the real projection Lambdas write to an in-memory
 * dynalite; latency runs from the append's commit to the projection's write, per delivery.
 * (3) The path's capacity: deliveries per second on a backlog. The steady rate is kept well under
 * it: dynalite runs in the same Node thread as everything else and costs a few ms per request, so
 * 200 commands/s (each fanned out to every projection) would only measure an ever-growing queue.
 * (2) and (3) run twice in the same process: `durable`, the runtime's path (per-subscription
 * journals fsync'd before the feed's checkpoint moves, every index entry confirmed against the
 * table, the checkpoint in a file), and `baseline`, the path before durable delivery (the bus
 * queue in memory, the index trusted, the checkpoint in memory).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { unavailableWorkflows, DynamoEventStore, handleCommand, newRestaurantStream, restaurantDecider, type RestaurantCommand } from '@forkcast/core';
import { startDynalite } from '@forkcast/core/dynalite';
import { sampleRestaurant } from '@forkcast/core/testing';
import { eventCatalog, PatternSet, toEventBridgeEvent, type EventBridgeEvent, type EventEnvelope } from '@forkcast/events';
import { subscriptions } from '@forkcast/functions';
import { createLocalBus } from '../packages/local/src/bus/createLocalBus';
import type { BusSubscription, EventBridgeTargetHandler } from '../packages/local/src/bus/busSubscription';
import { createChangeFeed, type ChangeFeed } from '../packages/local/src/feed/createChangeFeed';
import { fileCheckpointStore, memoryCheckpointStore, type CheckpointStore, type FeedCheckpoint } from '../packages/local/src/feed/feedCheckpoint';
import { createHandlerLoader } from '../packages/local/src/handlers/createHandlerLoader';
import { withHandlerLoaders } from '../packages/local/src/bus/withHandlerLoaders';
import { localDependencies } from '../packages/local/src/runtime/localDependencies';
import { dataDirLayout } from '../packages/local/src/runtime/dataDirLayout';
import { findFirstDay } from '../packages/local/src/runtime/scanLog';
import type { Bench, Figure } from './bench';

const RATE = 50;
const SECONDS = 10;
const BACKLOG = 400;
/** The bench appends restaurant events only: the projections they reach are the ones timed. */
const restaurantProjections = subscriptions.filter((s) => s.target.kind === 'projection' && (s.target.projection.handles as readonly string[]).includes('RestaurantListed'));
const actor = { id: 'bench', role: 'staff' as const };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function matcherThroughput(): number {
  const routes = new PatternSet<string>();
  for (const s of subscriptions) routes.add(s.id, s.pattern);
  const sample: Record<string, Record<string, unknown>> = {
    RestaurantListed: sampleRestaurant(), RestaurantProfileUpdated: { city: 'Pasay City' }, RestaurantDelisted: { reason: 'closed' },
  };
  const events: EventBridgeEvent[] = [];
  for (const type of eventCatalog.types) {
    for (const replay of [undefined, { id: 'replay-1' }]) {
      const envelope: EventEnvelope = {
        id: '01JH0000000000000000000001', stream: newRestaurantStream(), version: 1, type: type.type, schemaVersion: type.latestVersion,
        occurredAt: '2026-01-01T00:00:00.000Z', data: sample[type.type] ?? {}, meta: { actor, correlationId: 'c', ...(replay ? { replay } : {}) },
      };
      events.push(toEventBridgeEvent(envelope, { account: '000000000000', region: 'us-east-1' }));
    }
  }
  let matched = 0;
  const run = (n: number) => {
    for (let i = 0; i < n; i++) matched += routes.matchAll(events[i % events.length]!).length;
  };
  run(20_000); // warm-up
  const n = 200_000;
  const started = performance.now();
  run(n);
  const seconds = (performance.now() - started) / 1000;
  if (matched === 0) throw new Error('no event matched the table');
  return n / seconds;
}

interface Pipeline {
  store: DynamoEventStore;
  feed: ChangeFeed;
  /** Append commit time per event id; a delivery's latency is measured from it. */
  committedAt: Map<string, number>;
  /** Per delivery: ms from commit to the projection's completed write. */
  latencies: number[];
  deliveriesOf(events: number): number;
  /** Resolves once `count` deliveries arrived; throws on a dead letter or after 2 minutes. */
  waitFor(count: number): Promise<void>;
  stop(): Promise<void>;
}

/** One dynalite for the whole bench; the projection Lambdas are built once with its stores, as the runtime builds them. */
async function startDatabase() {
  const db = await startDynalite();
  const deps = localDependencies({
    dynamo: db, layout: dataDirLayout('.bench-unused'), publicUrl: () => 'http://localhost:0',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' }, workflows: unavailableWorkflows('no workflows in this bench'),
    linkSigningSecret: 'bench-link-signing-secret-of-32-characters',
  });
  const loader = createHandlerLoader(deps);
  return { db: Object.assign(db, { loader }), stop: async () => await db.stop() };
}
type Database = Awaited<ReturnType<typeof startDatabase>>['db'];

type Mode = 'durable' | 'baseline';

/**
 * Where the previous pipeline's feed stopped: each pipeline starts there, as a restarted runtime
 * does, so it does not first republish the earlier runs' events (which would be measured as delay).
 */
interface Handoff {
  checkpoint: FeedCheckpoint;
}

/** The local runtime's delivery path, with the real targets timed around. */
async function startPipeline(db: Database, mode: Mode, handoff: Handoff): Promise<Pipeline> {
  const dataDir = await mkdtemp(join(tmpdir(), 'forkcast-bench-'));
  const store = new DynamoEventStore({ client: db.client, tableName: db.tables.events });
  const committedAt = new Map<string, number>();
  const latencies: number[] = [];
  let failures = 0;
  // A delivery counts when the projection's write has returned.
  const projections = withHandlerLoaders(restaurantProjections, db.loader);
  const timed: BusSubscription[] = projections.map((s) => {
    const target = s.target;
    if (!('load' in target)) return s;
    const load = async (): Promise<EventBridgeTargetHandler> => {
      const real = await target.load();
      return async (event, context) => {
        const result = await real(event, context);
        const t0 = committedAt.get(event.detail.id);
        if (t0 !== undefined) latencies.push(performance.now() - t0);
        return result;
      };
    };
    return { ...s, target: { ...target, load } };
  });
  const durable = mode === 'durable';
  const checkpoints: CheckpointStore = durable ? fileCheckpointStore(join(dataDir, 'feed-checkpoint.json')) : memoryCheckpointStore();
  await checkpoints.save(handoff.checkpoint);
  const bus = createLocalBus({ subscriptions: timed, onDeadLetter: () => failures++, dataDir, queue: durable ? 'journal' : 'memory' });
  const feed = createChangeFeed({
    store,
    bus,
    checkpoints,
    findFirstDay: () => findFirstDay(db.client, db.tables.events),
    confirmReads: durable,
  });
  return {
    store,
    feed,
    committedAt,
    latencies,
    deliveriesOf: (events) => events * restaurantProjections.length,
    async waitFor(count) {
      for (let waited = 0; latencies.length < count; waited += 20) {
        if (failures > 0) throw new Error(`${failures} deliveries were dead-lettered`);
        if (waited > 120_000) throw new Error(`only ${latencies.length} of ${count} deliveries arrived`);
        await sleep(20);
      }
    },
    async stop() {
      await feed.stop();
      await bus.stop();
      handoff.checkpoint = await checkpoints.load();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function command(i: number, listed: string[]): { stream: string; command: RestaurantCommand; update: boolean } {
  // One in five commands updates a restaurant listed well before, so streams grow too.
  const update = i % 5 === 4 && listed.length > 50;
  return update
    ? { update, stream: listed[(i * 7919) % (listed.length - 50)]!, command: { type: 'UpdateRestaurantProfile', data: { priceRange: 1 + (i % 4), name: `Restaurant ${i}` } } }
    : { update, stream: newRestaurantStream(), command: { type: 'ListRestaurant', data: sampleRestaurant({ name: `Restaurant ${i}`, city: `City ${i % 20}` }) } };
}

/** Commands at a fixed rate (open loop: a slow append does not slow the schedule). */
async function steadyLoad(db: Database, mode: Mode, handoff: Handoff, rate: number, seconds: number) {
  const pipeline = await startPipeline(db, mode, handoff);
  try {
    await pipeline.feed.start();
    const listed: string[] = [];
    const pending: Promise<unknown>[] = [];
    const total = rate * seconds;
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      const wait = started + (i * 1000) / rate - performance.now();
      if (wait > 0) await sleep(wait);
      const next = command(i, listed);
      pending.push(
        handleCommand({ store: pipeline.store, decider: restaurantDecider, stream: next.stream, command: next.command, actor, correlationId: `bench-${i}` }).then((result) => {
          const now = performance.now();
          if (result.event) pipeline.committedAt.set(result.event.id, now);
          if (!next.update) listed.push(next.stream);
          pipeline.feed.nudge(); // as the gateway does after a command
        }),
      );
    }
    await Promise.all(pending);
    const achievedRate = total / ((performance.now() - started) / 1000);
    await pipeline.waitFor(pipeline.deliveriesOf(pipeline.committedAt.size));
    const sorted = [...pipeline.latencies].sort((a, b) => a - b);
    return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), deliveries: sorted.length, achievedRate };
  } finally {
    await pipeline.stop();
  }
}

/** A backlog appended while the feed was stopped, then delivered as fast as the path allows. */
async function backlogThroughput(db: Database, mode: Mode, handoff: Handoff, events: number): Promise<number> {
  const pipeline = await startPipeline(db, mode, handoff);
  try {
    const listed: string[] = [];
    for (let i = 0; i < events; i++) {
      const next = command(i, listed);
      const result = await handleCommand({ store: pipeline.store, decider: restaurantDecider, stream: next.stream, command: next.command, actor, correlationId: `bench-${i}` });
      if (result.event) pipeline.committedAt.set(result.event.id, 0);
      if (!next.update) listed.push(next.stream);
    }
    const started = performance.now();
    await pipeline.feed.start();
    const deliveries = pipeline.deliveriesOf(pipeline.committedAt.size);
    await pipeline.waitFor(deliveries);
    return deliveries / ((performance.now() - started) / 1000);
  } finally {
    await pipeline.stop();
  }
}

const bench: Bench = {
  title: 'Event delivery (subscription table, local bus)',
  async run() {
    const figures: Figure[] = [];
    figures.push({
      key: 'delivery.matcher.tableEventsPerSecond',
      value: Math.round(matcherThroughput()),
      unit: 'events/s',
      description: `events routed against the full subscription table (${subscriptions.length} rules, one PatternSet as the local bus holds it), all catalog types live and replayed`,
    });

    const database = await startDatabase();
    try {
      const path = 'append commit -> change feed (nudged) -> local bus -> projection Lambda -> Views write, one process with in-memory dynalite';
      const what = { durable: 'durable delivery (journals fsync\'d, index confirmed against the table)', baseline: 'baseline: in-memory bus queue, index trusted' };
      const capacity: Record<Mode, number> = { durable: 0, baseline: 0 };
      const handoff: Handoff = { checkpoint: { recent: [] } };
      // Baseline first, then durable, in each pair: both see the same dynalite, the second a little fuller.
      for (const mode of ['baseline', 'durable'] as const) {
        const e2e = await steadyLoad(database.db, mode, handoff, RATE, SECONDS);
        const load = `${RATE} commands/s for ${SECONDS} s (achieved ${e2e.achievedRate.toFixed(0)}/s), ${e2e.deliveries} deliveries to ${restaurantProjections.length} projections`;
        const prefix = mode === 'durable' ? 'delivery.e2e' : 'delivery.e2e.baseline';
        figures.push(
          { key: `${prefix}.p50Ms`, value: Number(e2e.p50.toFixed(1)), unit: 'ms', description: `median latency ${path}; ${what[mode]}; ${load}` },
          { key: `${prefix}.p99Ms`, value: Number(e2e.p99.toFixed(1)), unit: 'ms', description: `99th percentile latency, same run; ${what[mode]}` },
        );
      }
      for (const mode of ['baseline', 'durable'] as const) {
        capacity[mode] = await backlogThroughput(database.db, mode, handoff, BACKLOG);
        figures.push({
          key: mode === 'durable' ? 'delivery.e2e.backlogDeliveriesPerSecond' : 'delivery.e2e.baseline.backlogDeliveriesPerSecond',
          value: Math.round(capacity[mode]),
          unit: 'deliveries/s',
          description: `projection deliveries per second when the feed starts on a backlog of ${BACKLOG} events: the path's capacity (a steady load above it queues up); ${what[mode]}`,
        });
      }
      figures.push({
        key: 'delivery.e2e.durableToBaselineCapacityRatio',
        value: Number((capacity.durable / capacity.baseline).toFixed(3)),
        unit: 'ratio',
        description: 'backlog capacity of durable delivery / baseline, same process, same dynalite',
      });
    } finally {
      await database.stop();
    }
    return figures;
  },
};

export default bench;
