import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from 'aws-lambda';
import type { EventBridgeEvent, EventEnvelope } from '@forkcast/events';
import type { BusSubscription } from './busSubscription';
import { createLocalBus, type LocalBusOptions } from './createLocalBus';
import { UnknownSubscriptionError, type LocalBus } from './localBus';
import { createManualClock, type ManualClock } from './manualClock';

let sequence = 0;
function envelope(type: string, overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  sequence += 1;
  return {
    id: `01JH${String(sequence).padStart(22, '0')}`,
    stream: `restaurant-${sequence}`,
    version: 1,
    type,
    schemaVersion: 1,
    occurredAt: '2026-01-01T00:00:00.000Z',
    data: {},
    meta: { actor: { id: 'u1', role: 'staff' }, correlationId: 'c' },
    ...overrides,
  };
}

interface Received {
  event: EventBridgeEvent;
  context: Context;
}

/** A target that records what it receives and throws while `fail` says so. */
function fakeTarget(id: string, types: string[], fail: (event: EventBridgeEvent) => boolean = () => false) {
  const received: Received[] = [];
  const attempts: EventBridgeEvent[] = [];
  const subscription: BusSubscription = {
    id,
    pattern: { 'detail-type': types, detail: { meta: { replay: { id: [{ exists: false }] } } } },
    target: {
      kind: 'projection',
      name: `${id}-target`,
      load: async () => async (event: EventBridgeEvent, context: Context) => {
        attempts.push(event);
        if (fail(event)) throw new TypeError(`cannot take ${event.detail.id}`);
        received.push({ event, context });
      },
    },
  };
  return { subscription, received, attempts };
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs timers and I/O until every delivery is delivered or dead-lettered. */
async function settle(bus: LocalBus, clock: ManualClock): Promise<void> {
  let done = false;
  void bus.drain().then(() => (done = true));
  // Bounded by time, not by turns: dead letters are written to disk, and on a loaded machine that
  // I/O can outlast any fixed number of microtask flushes.
  for (const deadline = Date.now() + 20_000; !done && Date.now() < deadline;) {
    await flush();
    if (!done) clock.next();
  }
  expect(done).toBe(true);
}

let clock: ManualClock;
let buses: LocalBus[];
const start = (options: LocalBusOptions) => {
  const bus = createLocalBus({ clock, backoff: (retry) => 1000 * 2 ** (retry - 1), ...options });
  buses.push(bus);
  return bus;
};

beforeEach(() => {
  clock = createManualClock();
  buses = [];
});
afterEach(async () => {
  await Promise.all(buses.map((b) => b.stop()));
});

describe('createLocalBus delivery', () => {
  it('delivers to each matching target, asynchronously, the event a Lambda would get', async () => {
    const listed = fakeTarget('listed', ['RestaurantListed']);
    const both = fakeTarget('both', ['RestaurantListed', 'RestaurantDelisted']);
    const bus = start({ subscriptions: [listed.subscription, both.subscription], account: '111122223333', region: 'eu-west-1' });

    const first = envelope('RestaurantListed', { occurredAt: '2026-03-04T05:06:07.890Z' });
    await bus.publish(first);
    expect(listed.received).toHaveLength(0); // accepted, not yet delivered
    await bus.publish(envelope('RestaurantDelisted'));
    await bus.publish(envelope('RestaurantProfileUpdated'));
    await settle(bus, clock);

    expect(listed.received.map((r) => r.event['detail-type'])).toEqual(['RestaurantListed']);
    expect(both.received.map((r) => r.event['detail-type']).sort()).toEqual(['RestaurantDelisted', 'RestaurantListed']);
    const { event, context } = listed.received[0]!;
    expect(event).toMatchObject({
      version: '0',
      'detail-type': 'RestaurantListed',
      source: 'forkcast.restaurants',
      account: '111122223333',
      region: 'eu-west-1',
      time: '2026-03-04T05:06:07Z',
      resources: [],
      detail: first,
    });
    // one put, one event id, whatever the number of rules it matches
    expect(both.received.find((r) => r.event.detail.id === first.id)!.event.id).toBe(event.id);
    expect(context.functionName).toBe('forkcast-local-listed-target');
    expect(context.invokedFunctionArn).toBe('arn:aws:lambda:eu-west-1:111122223333:function:forkcast-local-listed-target');
    expect(context.getRemainingTimeInMillis()).toBeGreaterThan(0);
  });

  it('gives each target its own copy of the event', async () => {
    const mutating: BusSubscription = {
      id: 'mutating',
      pattern: { source: ['forkcast.restaurants'] },
      target: { kind: 'projection', name: 'm', load: async () => (event: EventBridgeEvent) => void (event.detail.type = 'Changed') },
    };
    const other = fakeTarget('other', ['RestaurantListed']);
    const bus = start({ subscriptions: [mutating, other.subscription] });
    await bus.publish(envelope('RestaurantListed'));
    await settle(bus, clock);
    expect(other.received[0]!.event.detail.type).toBe('RestaurantListed');
  });

  it('retries a failing target with exponential backoff until it takes the event', async () => {
    let failures = 2;
    const flaky = fakeTarget('flaky', ['RestaurantListed'], () => failures-- > 0);
    const bus = start({ subscriptions: [flaky.subscription] });
    const t0 = clock.now();
    const times: number[] = [];
    const load = flaky.subscription.target as { load: () => Promise<(e: EventBridgeEvent, c: Context) => unknown> };
    const original = load.load;
    load.load = async () => {
      const handler = await original();
      return (e, c) => (times.push(clock.now() - t0), handler(e, c));
    };

    await bus.publish(envelope('RestaurantListed'));
    await settle(bus, clock);
    expect(flaky.attempts).toHaveLength(3);
    expect(flaky.received).toHaveLength(1);
    expect(times).toEqual([0, 1000, 3000]);
    expect(await bus.dlq.list()).toEqual([]);
  });

  it('dead-letters an event after the configured retries, without holding up other events or subscriptions', async () => {
    const poison = envelope('RestaurantListed');
    const listed = fakeTarget('listed', ['RestaurantListed'], (e) => e.detail.id === poison.id);
    const delisted = fakeTarget('delisted', ['RestaurantListed', 'RestaurantDelisted']);
    const bus = start({ subscriptions: [listed.subscription, delisted.subscription], concurrency: 1, retry: { maximumRetryAttempts: 3 } });

    await bus.publish(poison);
    const later = [envelope('RestaurantListed'), envelope('RestaurantListed'), envelope('RestaurantDelisted')];
    for (const e of later) await bus.publish(e);
    // before any retry is due, everything else is already through, even on a lane of concurrency 1
    for (let i = 0; i < 20; i++) await flush();
    expect(listed.received.map((r) => r.event.detail.id)).toEqual([later[0]!.id, later[1]!.id]);
    expect(delisted.received).toHaveLength(4);
    expect(clock.pendingTimers()).toBe(1);

    await settle(bus, clock);
    expect(listed.attempts.filter((e) => e.detail.id === poison.id)).toHaveLength(4);
    const dead = await bus.dlq.list();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({
      subscriptionId: 'listed',
      target: 'listed-target',
      error: { name: 'TypeError', message: `cannot take ${poison.id}` },
      attempts: 4,
      firstAttemptAt: '2026-01-01T00:00:00.000Z',
      lastAttemptAt: '2026-01-01T00:00:07.000Z',
    });
    expect(dead[0]!.event.detail).toEqual(poison);
    expect(await bus.dlq.list('delisted')).toEqual([]);
  });

  it('gives up when the next retry would come after the maximum event age', async () => {
    const broken = fakeTarget('broken', ['RestaurantListed'], () => true);
    const bus = start({
      subscriptions: [broken.subscription],
      backoff: () => 50_000,
      retry: { maximumRetryAttempts: 185, maximumEventAgeSeconds: 120 },
    });
    await bus.publish(envelope('RestaurantListed'));
    await settle(bus, clock);
    // attempts at 0, 50 s, 100 s; a retry at 150 s would exceed 120 s
    expect(broken.attempts).toHaveLength(3);
    expect((await bus.dlq.list())[0]).toMatchObject({ attempts: 3, lastAttemptAt: '2026-01-01T00:01:40.000Z' });
  });

  it("applies each subscription's own retry policy unless the bus overrides it", async () => {
    const strict = fakeTarget('strict', ['RestaurantListed'], () => true);
    strict.subscription.retry = { maximumRetryAttempts: 0 };
    const lenient = fakeTarget('lenient', ['RestaurantListed'], () => true);
    const bus = start({ subscriptions: [strict.subscription, lenient.subscription], retry: { maximumEventAgeSeconds: 3600 } });
    await bus.publish(envelope('RestaurantListed'));
    await settle(bus, clock);
    expect(strict.attempts).toHaveLength(1);
    // default 185 retries, cut short by the bus-wide 1 h age: 1 + 2 + 4 + ... + 2048 s ≤ 3600 s
    expect(lenient.attempts).toHaveLength(12);
  });

  it('does not deliver replayed events to live subscriptions', async () => {
    const listed = fakeTarget('listed', ['RestaurantListed']);
    const bus = start({ subscriptions: [listed.subscription] });
    await bus.publish(envelope('RestaurantListed', { meta: { actor: { id: 'a', role: 'system' }, correlationId: 'c', replay: { id: 'r1' } } }));
    await bus.drain();
    expect(listed.attempts).toHaveLength(0);
  });

  it('drain waits for retries; stop dead-letters events still waiting for one', async () => {
    const broken = fakeTarget('broken', ['RestaurantListed'], () => true);
    const bus = start({ subscriptions: [broken.subscription] });
    await bus.publish(envelope('RestaurantListed'));
    let drained = false;
    void bus.drain().then(() => (drained = true));
    for (let i = 0; i < 20; i++) await flush();
    expect(drained).toBe(false);
    expect(clock.pendingTimers()).toBe(1);

    await bus.stop();
    expect(drained).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
    expect(await bus.dlq.list('broken')).toMatchObject([{ attempts: 1, error: { name: 'TypeError' } }]);
    await expect(bus.publish(envelope('RestaurantListed'))).rejects.toThrow(/stopped/);
  });

  it('retries a target whose module fails to load', async () => {
    let loads = 0;
    const received: string[] = [];
    const bus = start({
      subscriptions: [{
        id: 'cold',
        pattern: { source: ['forkcast.restaurants'] },
        target: {
          kind: 'projection',
          name: 'cold',
          load: async () => {
            if (loads++ === 0) throw new Error('Cannot find module');
            return (e: EventBridgeEvent) => void received.push(e.detail.id);
          },
        },
      }],
    });
    const e = envelope('RestaurantListed');
    await bus.publish(e);
    await settle(bus, clock);
    expect(received).toEqual([e.id]);
  });

  it('rejects invalid retry policies and duplicate subscription ids', () => {
    const t = fakeTarget('a', ['RestaurantListed']);
    expect(() => createLocalBus({ subscriptions: [t.subscription], retry: { maximumRetryAttempts: 186 } })).toThrow(RangeError);
    expect(() => createLocalBus({ subscriptions: [t.subscription], retry: { maximumEventAgeSeconds: 0 } })).toThrow(RangeError);
    expect(() => createLocalBus({ subscriptions: [t.subscription, t.subscription] })).toThrow(/twice/);
    expect(() =>
      createLocalBus({ subscriptions: [{ id: 'w', pattern: {}, target: { kind: 'workflow', name: 'w', definition: 'workflows/w.asl.json' } }] }),
    ).toThrow(/startWorkflow/);
  });

  it('starts workflow targets through startWorkflow', async () => {
    const started: string[] = [];
    const bus = start({
      subscriptions: [{ id: 'onboard', pattern: { 'detail-type': ['RestaurantListed'] }, target: { kind: 'workflow', name: 'onboard', definition: 'workflows/onboard.asl.json' } }],
      startWorkflow: async (target, event) => void started.push(`${target.definition}:${event.detail.id}`),
    });
    const e = envelope('RestaurantListed');
    await bus.publish(e);
    await settle(bus, clock);
    expect(started).toEqual([`workflows/onboard.asl.json:${e.id}`]);
  });
});

describe('createLocalBus redrive', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'forkcast-bus-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('persists dead letters as JSON lines and redrives them, keeping failures with the new error', async () => {
    let broken = true;
    const target = fakeTarget('listed', ['RestaurantListed'], () => broken);
    const bus = start({ subscriptions: [target.subscription], dataDir, retry: { maximumRetryAttempts: 1 } });
    const [a, b] = [envelope('RestaurantListed'), envelope('RestaurantListed')];
    await bus.publish(a);
    await bus.publish(b);
    await settle(bus, clock);

    const lines = (await readFile(join(dataDir, 'dlq', 'listed.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).event.detail.id).sort()).toEqual([a.id, b.id].sort());

    // a bus started later on the same data dir (a restart, or the CLI) sees the same queue
    const again = start({ subscriptions: [target.subscription], dataDir });
    clock.advance(60_000);
    const stillBroken = await again.redrive('listed', { ids: [a.id, 'nope'] });
    expect(stillBroken.delivered).toEqual([]);
    expect(stillBroken.notFound).toEqual(['nope']);
    expect(stillBroken.failed).toMatchObject([{ attempts: 3, lastAttemptAt: '2026-01-01T00:01:01.000Z', error: { name: 'TypeError' } }]);
    expect((await again.dlq.list('listed')).find((e) => e.event.detail.id === a.id)).toMatchObject({ attempts: 3 });

    broken = false;
    const eventIdOfB = (await again.dlq.list('listed')).find((e) => e.event.detail.id === b.id)!.event.id;
    const one = await again.redrive('listed', { ids: [eventIdOfB] });
    expect(one.delivered.map((e) => e.event.detail.id)).toEqual([b.id]);
    expect((await again.dlq.list('listed')).map((e) => e.event.detail.id)).toEqual([a.id]);

    const rest = await again.redrive('listed');
    expect(rest.delivered.map((e) => e.event.detail.id)).toEqual([a.id]);
    expect(await again.dlq.list()).toEqual([]);
    expect(target.received.map((r) => r.event.detail.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('refuses to redrive an unknown subscription', async () => {
    const bus = start({ subscriptions: [fakeTarget('listed', ['RestaurantListed']).subscription] });
    await expect(bus.redrive('nothing')).rejects.toThrow(UnknownSubscriptionError);
  });
});
