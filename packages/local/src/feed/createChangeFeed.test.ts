import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoEventStore } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { sampleRestaurant } from '@forkcast/core/testing';
import { eventCatalog, type EventEnvelope } from '@forkcast/events';
import { ulid } from 'ulid';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Bus } from '../bus/bus';
import { createChangeFeed, type ChangeFeedOptions } from './createChangeFeed';
import { fileCheckpointStore, memoryCheckpointStore } from './feedCheckpoint';

let dynamo: DynaliteHandle;
let store: DynamoEventStore;
let dir: string;
let streamCounter = 0;

beforeAll(async () => {
  dynamo = await startDynalite();
  store = new DynamoEventStore({ client: dynamo.client, tableName: dynamo.tables.events });
  dir = await mkdtemp(join(tmpdir(), 'forkcast-feed-'));
});
afterAll(async () => {
  await dynamo.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Each test writes its own day of the log, so tests do not see each other's events. */
let baseDay = Date.UTC(2030, 0, 1);
beforeEach(() => {
  baseDay += 3 * 86_400_000;
});

function recordingBus(failOn?: (event: EventEnvelope) => boolean): Bus & { ids: string[] } {
  const ids: string[] = [];
  return {
    ids,
    async publish(event) {
      if (failOn?.(event)) throw new Error(`bus refused ${event.id}`);
      ids.push(event.id);
    },
    drain: async () => {},
  };
}

/** Appends a RestaurantListed whose id carries the given time, as a writer with that clock would. */
async function appendAt(time: number): Promise<string> {
  const id = ulid(time);
  await store.append({
    id,
    stream: `restaurant-test-${++streamCounter}`,
    version: 1,
    type: 'RestaurantListed',
    schemaVersion: eventCatalog.latestVersion('RestaurantListed'),
    occurredAt: new Date(time).toISOString(),
    data: sampleRestaurant({ externalId: String(streamCounter) }),
    meta: { actor: { id: 'tester', role: 'system' }, correlationId: 'test' },
  } as EventEnvelope);
  return id;
}

function feedOptions(bus: Bus, overrides: Partial<ChangeFeedOptions> & { now: () => number }): ChangeFeedOptions {
  return {
    store,
    bus,
    checkpoints: memoryCheckpointStore(),
    findFirstDay: async () => new Date(baseDay).toISOString().slice(0, 10),
    clock: () => new Date(overrides.now()),
    pollIntervalMs: 20,
    ...overrides,
  };
}

describe('change feed', () => {
  it('publishes events appended while it was stopped, each once, after a restart from its checkpoint file', async () => {
    const now = baseDay + 3_600_000;
    const checkpointPath = join(dir, `checkpoint-${baseDay}.json`);
    const first = [await appendAt(now - 3000), await appendAt(now - 2000)];
    const bus = recordingBus();
    const feed1 = createChangeFeed(feedOptions(bus, { now: () => now, checkpoints: fileCheckpointStore(checkpointPath) }));
    await feed1.pollOnce();
    await feed1.pollOnce();
    expect(bus.ids).toEqual(first);
    await feed1.stop();

    const whileStopped = [await appendAt(now - 1000), await appendAt(now - 500), await appendAt(now)];
    const feed2 = createChangeFeed(feedOptions(bus, { now: () => now + 100, checkpoints: fileCheckpointStore(checkpointPath) }));
    await feed2.start();
    await waitFor(() => bus.ids.length >= 5);
    await feed2.pollOnce();
    await feed2.stop();
    expect(bus.ids).toEqual([...first, ...whileStopped]);
  });

  it('publishes an event that commits after a larger id was already published (late commit), without repeating others', async () => {
    const now = baseDay + 7_200_000;
    const bus = recordingBus();
    const feed = createChangeFeed(feedOptions(bus, { now: () => now }));
    const early = await appendAt(now - 100);
    await feed.pollOnce();
    expect(bus.ids).toEqual([early]);
    const late = await appendAt(now - 2_000);
    await feed.pollOnce();
    await feed.pollOnce();
    expect(bus.ids).toEqual([early, late]);
  });

  it('reads yesterday shortly after midnight UTC, where a late event of the old day lands', async () => {
    const midnight = baseDay + 86_400_000;
    const bus = recordingBus();
    let now = midnight - 5_000;
    const feed = createChangeFeed(feedOptions(bus, { now: () => now }));
    const beforeMidnight = await appendAt(midnight - 4_000);
    await feed.pollOnce();
    now = midnight + 1_000;
    const afterMidnight = await appendAt(midnight + 500);
    await feed.pollOnce();
    const lateOldDay = await appendAt(midnight - 1_000);
    await feed.pollOnce();
    expect(bus.ids).toEqual([beforeMidnight, afterMidnight, lateOldDay]);
  });

  it('does not move past an event the bus refused, so a later poll delivers it and everything after it', async () => {
    const now = baseDay + 10_800_000;
    const ids = [await appendAt(now - 300), await appendAt(now - 200), await appendAt(now - 100)];
    let refuse = true;
    const bus = recordingBus((event) => refuse && event.id === ids[1]);
    const checkpoints = memoryCheckpointStore();
    const feed = createChangeFeed(feedOptions(bus, { now: () => now, checkpoints }));
    await expect(feed.pollOnce()).rejects.toThrow(/refused/);
    // A page is published at once, so the bus may have taken the event after the refused one;
    // the checkpoint still stops before the refusal, and the restart publishes it again (at least once).
    expect(bus.ids).toEqual([ids[0], ids[2]]);
    expect(checkpoints.current.watermark).toBe(ids[0]);
    refuse = false;
    const restarted = createChangeFeed(feedOptions(bus, { now: () => now, checkpoints }));
    await restarted.pollOnce();
    expect(bus.ids).toEqual([ids[0], ids[2], ids[1], ids[2]]);
  });

  it('publishes a backlog spanning several days in id order, page by page, from an empty checkpoint', async () => {
    const start = baseDay + 3_600_000;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await appendAt(start + i * 10 * 3_600_000));
    const bus = recordingBus();
    const checkpoints = memoryCheckpointStore();
    const feed = createChangeFeed(feedOptions(bus, { now: () => start + 3 * 86_400_000, checkpoints, pageSize: 2 }));
    await feed.pollOnce();
    expect(bus.ids).toEqual(ids);
    expect(checkpoints.current.watermark).toBe(ids.at(-1));
    expect(checkpoints.current.recent).toEqual([ids.at(-1)]);
  });

  it('polls promptly when nudged and forgets ids that fell out of the late window', async () => {
    const now = baseDay + 14_400_000;
    const bus = recordingBus();
    const checkpoints = memoryCheckpointStore();
    let clock = now;
    const feed = createChangeFeed(feedOptions(bus, { now: () => clock, checkpoints, pollIntervalMs: 60_000, lateWindowMs: 1_000 }));
    await feed.start();
    await waitFor(() => feed.status().lastPollAt !== undefined);
    const old = await appendAt(now - 5_000);
    const fresh = await appendAt(now);
    clock = now + 10;
    feed.nudge();
    await waitFor(() => bus.ids.length === 2);
    await feed.stop();
    expect(bus.ids).toEqual([old, fresh]);
    expect(checkpoints.current.recent).toEqual([fresh]);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
