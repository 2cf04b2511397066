import { DynamoEventStore, type EventStore } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { sampleRestaurant } from '@forkcast/core/testing';
import { eventCatalog, type EventEnvelope, type ForkcastEnvelope } from '@forkcast/events';
import { decodeTime, ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bus } from '../bus/bus';
import { createChangeFeed } from './createChangeFeed';
import { memoryCheckpointStore } from './feedCheckpoint';

let dynamo: DynaliteHandle;
let store: DynamoEventStore;
beforeAll(async () => {
  dynamo = await startDynalite();
  store = new DynamoEventStore({ client: dynamo.client, tableName: dynamo.tables.events });
});
afterAll(() => dynamo.stop());

let day = Date.UTC(2031, 0, 1);
let streams = 0;
function listed(time: number, stream = `restaurant-phantom-${++streams}`, version = 1): ForkcastEnvelope {
  return eventCatalog.parse({
    id: ulid(time), stream, version, type: 'RestaurantListed', schemaVersion: eventCatalog.latestVersion('RestaurantListed'),
    occurredAt: new Date(time).toISOString(), data: sampleRestaurant({ externalId: stream }), meta: { actor: { id: 't', role: 'system' }, correlationId: 't' },
  });
}

/** The index dynalite leaves after a kill between its index write and its item write: entries without items. */
function withIndexOnly(entries: ForkcastEnvelope[]): EventStore {
  return {
    readStream: (stream, options) => store.readStream(stream, options),
    append: (event) => store.append(event),
    async readByDay(d, options) {
      const page = await store.readByDay(d, options);
      const extra = entries.filter((e) => dayOf(e.id) === d && (options?.afterId === undefined || e.id > options.afterId));
      return { events: [...page.events, ...extra].sort((a, b) => (a.id < b.id ? -1 : 1)), lastId: page.lastId };
    },
  };
}
const dayOf = (id: string) => new Date(decodeTime(id)).toISOString().slice(0, 10);

function recordingBus(): Bus & { events: EventEnvelope[] } {
  const events: EventEnvelope[] = [];
  return { events, publish: async (e) => void events.push(e), drain: async () => {} };
}

describe('change feed and index entries without their item', () => {
  it('publishes only events the table holds, reports an entry that never gets its item, and is not blocked by it', async () => {
    day += 2 * 86_400_000;
    const now = day + 3_600_000;
    let clock = now;
    const before = listed(now - 300);
    const phantom = listed(now - 200);
    const after = listed(now - 100);
    await store.append(before);
    await store.append(after);
    const bus = recordingBus();
    const lines: string[] = [];
    const checkpoints = memoryCheckpointStore();
    const feed = createChangeFeed({
      store: withIndexOnly([phantom]), bus, checkpoints, findFirstDay: async () => new Date(day).toISOString().slice(0, 10),
      clock: () => new Date(clock), unconfirmedTimeoutMs: 10_000, log: (line) => lines.push(line),
    });
    await feed.pollOnce();
    expect(bus.events.map((e) => e.id)).toEqual([before.id, after.id]);
    expect(feed.status().unconfirmed).toEqual([{ id: phantom.id, stream: phantom.stream, version: 1, ageMs: 0 }]);
    expect(checkpoints.current.unconfirmed?.map((e) => e.id)).toEqual([phantom.id]);

    clock = now + 4_000;
    await feed.pollOnce();
    expect(feed.status().unconfirmed[0]?.ageMs).toBe(4_000);
    expect(feed.status().skipped.count).toBe(0);

    clock = now + 11_000;
    await feed.pollOnce();
    expect(bus.events.map((e) => e.id)).toEqual([before.id, after.id]);
    expect(feed.status().unconfirmed).toEqual([]);
    expect(feed.status().skipped).toEqual({ count: 1, last: { id: phantom.id, stream: phantom.stream, version: 1 } });
    expect(lines.join('\n')).toContain(`skipped index entry ${phantom.id} (${phantom.stream}@1)`);
    expect(checkpoints.current.unconfirmed).toEqual([]);
  });

  it('publishes an entry once its item appears, as read from the table, even after a restart', async () => {
    day += 2 * 86_400_000;
    const now = day + 3_600_000;
    const early = listed(now - 500);
    const mid = listed(now - 100);
    await store.append(mid);
    const bus = recordingBus();
    const checkpoints = memoryCheckpointStore();
    const options = { bus, checkpoints, findFirstDay: async () => new Date(day).toISOString().slice(0, 10), clock: () => new Date(now) };
    const first = createChangeFeed({ ...options, store: withIndexOnly([early]) });
    await first.pollOnce();
    expect(bus.events.map((e) => e.id)).toEqual([mid.id]);
    await first.stop();

    await store.append(early);
    // Its watermark (mid) is past the restarted feed's 1 ms late window: only the checkpoint remembers the entry.
    const restarted = createChangeFeed({ ...options, store, lateWindowMs: 1 });
    const later = listed(now);
    await store.append(later);
    await restarted.pollOnce();
    expect(bus.events.map((e) => e.id)).toEqual([mid.id, early.id, later.id]);
    expect(bus.events[1]).toEqual(early);
    expect(restarted.status().unconfirmed).toEqual([]);
  });

  it('does not publish an entry whose version the table holds under another event id', async () => {
    day += 2 * 86_400_000;
    const now = day + 3_600_000;
    const real = listed(now - 100);
    const impostor = { ...listed(now - 200, real.stream, 1) };
    await store.append(real);
    const bus = recordingBus();
    const feed = createChangeFeed({
      store: withIndexOnly([impostor]), bus, checkpoints: memoryCheckpointStore(),
      findFirstDay: async () => new Date(day).toISOString().slice(0, 10), clock: () => new Date(now),
    });
    await feed.pollOnce();
    expect(bus.events.map((e) => e.id)).toEqual([real.id]);
    expect(feed.status().unconfirmed.map((e) => e.id)).toEqual([impostor.id]);
  });
});
