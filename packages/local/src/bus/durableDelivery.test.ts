import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventBridgeEvent, EventEnvelope } from '@forkcast/events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BusSubscription } from './busSubscription';
import { createLocalBus, type LocalBusOptions } from './createLocalBus';
import { deliveryJournalPath, fileDeliveryJournal, replayJournal } from './fileDeliveryJournal';
import type { LocalBus } from './localBus';
import { createManualClock, type ManualClock } from './manualClock';

let sequence = 0;
function envelope(stream = `restaurant-${sequence + 1}`, version = 1): EventEnvelope {
  sequence += 1;
  return {
    id: `01JH${String(sequence).padStart(22, '0')}`, stream, version, type: 'RestaurantListed', schemaVersion: 1,
    occurredAt: '2026-01-01T00:00:00.000Z', data: {}, meta: { actor: { id: 'u1', role: 'staff' }, correlationId: 'c' },
  };
}

/** A target that records what it receives, throws while `fail` says so, and hangs while `hold` does. */
function target(id: string, behaviour: { fail?: () => boolean; hold?: () => Promise<void> } = {}) {
  const received: EventBridgeEvent[] = [];
  const subscription: BusSubscription = {
    id,
    pattern: { 'detail-type': ['RestaurantListed'] },
    target: {
      kind: 'projection',
      name: `${id}-target`,
      load: async () => async (event: EventBridgeEvent) => {
        await behaviour.hold?.();
        if (behaviour.fail?.()) throw new TypeError(`cannot take ${event.detail.id}`);
        received.push(event);
      },
    },
  };
  return { subscription, received };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
async function until(condition: () => boolean, clock?: ManualClock) {
  for (let i = 0; !condition() && i < 400; i++) {
    await flush();
    clock?.next();
  }
  expect(condition()).toBe(true);
}

let dataDir: string;
let clock: ManualClock;
let buses: LocalBus[];
const start = (options: LocalBusOptions) => {
  const bus = createLocalBus({ clock, dataDir, backoff: (retry) => 1000 * 2 ** (retry - 1), ...options });
  buses.push(bus);
  return bus;
};
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'forkcast-journal-'));
  clock = createManualClock();
  buses = [];
});
afterEach(async () => {
  await Promise.allSettled(buses.map((b) => b.stop()));
  await rm(dataDir, { recursive: true, force: true });
});

describe('durable delivery (journal in the data dir)', () => {
  it('has an accepted delivery on disk when publish resolves, and a bus started after a crash delivers it', async () => {
    const hung = target('profile', { hold: () => new Promise(() => {}) });
    const crashed = start({ subscriptions: [hung.subscription] });
    const events = [envelope(), envelope(), envelope()];
    for (const e of events) await crashed.publish(e);
    const journal = await readFile(deliveryJournalPath(dataDir, 'profile'), 'utf8');
    expect(replayJournal(journal).map((e) => JSON.parse(e.payload).detail.id)).toEqual(events.map((e) => e.id));
    expect((await crashed.status()).subscriptions[0]).toMatchObject({ id: 'profile', backlog: 3, oldest: { eventId: events[0]!.id, stream: events[0]!.stream, version: 1 } });

    // The crashed bus is abandoned, not stopped: nothing of it runs any more.
    buses.pop();
    const healthy = target('profile');
    const restarted = start({ subscriptions: [healthy.subscription] });
    expect(await restarted.resume()).toEqual({ resumed: 3, bySubscription: { profile: 3 } });
    await restarted.drain();
    expect(healthy.received.map((e) => e.detail.id)).toEqual(events.map((e) => e.id));
    expect((await restarted.status()).backlog).toBe(0);

    await restarted.stop();
    const third = start({ subscriptions: [target('profile').subscription] });
    expect(await third.resume()).toEqual({ resumed: 0, bySubscription: {} });
  });

  it('keeps a retry waiting over a stop and a restart, with its attempts, and dead-letters it when the policy gives up', async () => {
    const broken = target('profile', { fail: () => true });
    const first = start({ subscriptions: [broken.subscription], retry: { maximumRetryAttempts: 2 } });
    const e = envelope();
    await first.publish(e);
    await until(() => clock.pendingTimers() === 1);
    expect((await first.status()).subscriptions[0]).toMatchObject({ backlog: 1, retrying: 1, oldest: { attempts: 1 } });
    await first.stop();
    expect(await first.dlq.list()).toEqual([]);

    const second = start({ subscriptions: [broken.subscription], retry: { maximumRetryAttempts: 2 } });
    expect((await second.resume()).resumed).toBe(1);
    let drained = false;
    void second.drain().then(() => (drained = true));
    await until(() => drained, clock);
    const letters = await second.dlq.list('profile');
    expect(letters).toMatchObject([{ attempts: 3, event: { detail: { id: e.id } } }]);
    expect((await second.status())).toMatchObject({ backlog: 0, deadLetters: 1 });
  });

  it('delivers an event republished after a restart once when its first copy is still waiting', async () => {
    const hung = target('profile', { hold: () => new Promise(() => {}) });
    const crashed = start({ subscriptions: [hung.subscription] });
    const e = envelope();
    await crashed.publish(e);
    buses.pop();
    const healthy = target('profile');
    const restarted = start({ subscriptions: [healthy.subscription] });
    await restarted.publish(e); // the feed's checkpoint lagged the journal
    await restarted.drain();
    expect(healthy.received.map((r) => r.detail.id)).toEqual([e.id]);
  });

  it('skips a torn last line and compacts the journal on open to what is unsettled', async () => {
    const healthy = target('profile');
    const bus = start({ subscriptions: [healthy.subscription] });
    const [a, b] = [envelope(), envelope()];
    await bus.publish(a);
    await bus.publish(b);
    await bus.drain();
    await bus.stop();
    const path = deliveryJournalPath(dataDir, 'profile');
    await appendFile(path, '{"a":99,"t":1,"p":"{\\"detai');
    const again = start({ subscriptions: [healthy.subscription] });
    expect((await again.resume()).resumed).toBe(0);
    expect(await readFile(path, 'utf8')).toBe('');
  });

  it('compacts the journal while running, keeping exactly the unsettled entries', async () => {
    const released: (() => void)[] = [];
    const gated = target('profile', { hold: () => new Promise<void>((resolve) => released.push(resolve)) });
    const path = deliveryJournalPath(dataDir, 'profile');
    const bus = start({ subscriptions: [gated.subscription], concurrency: 1, journalOf: () => fileDeliveryJournal(path, { compactEvery: 5 }) });
    const events = Array.from({ length: 12 }, () => envelope());
    for (const e of events) await bus.publish(e);
    // Let the first four through; the one then running and the rest stay unsettled.
    for (let i = 0; i < 4; i++) {
      await until(() => released.length > 0);
      released.shift()!();
      await until(() => gated.received.length === i + 1);
    }
    await bus.publish(envelope()); // a durable write after the settles, so a compaction has run since
    const text = await readFile(path, 'utf8');
    expect(replayJournal(text).map((e) => JSON.parse(e.payload).detail.id).slice(0, 8)).toEqual(events.slice(4).map((e) => e.id));
    expect(text.split('\n').filter(Boolean).length).toBeLessThan(12 + 4);
    while (gated.received.length < 13) {
      await until(() => released.length > 0);
      released.shift()!();
      await flush();
    }
    await bus.drain();
    expect(gated.received).toHaveLength(13);
  });

  it('writes an event to the journal again when republished after its journal write failed', async () => {
    const path = deliveryJournalPath(dataDir, 'profile');
    let failNext = true;
    const real = fileDeliveryJournal(path);
    const flaky = {
      ...real,
      accept(payload: string, receivedAt: number) {
        const result = real.accept(payload, receivedAt);
        if (!failNext) return result;
        failNext = false;
        return { seq: result.seq, durable: result.durable.then(() => Promise.reject(new Error('ENOSPC: no space left on device'))) };
      },
    };
    const hung = target('profile', { hold: () => new Promise(() => {}) });
    const bus = start({ subscriptions: [hung.subscription], journalOf: () => flaky });
    const e = envelope();
    await expect(bus.publish(e)).rejects.toThrow(/ENOSPC/);
    await bus.publish(e); // the feed's next poll: its checkpoint did not move past e
    const accepts = (await readFile(path, 'utf8')).split('\n').filter((l) => l.startsWith('{"a"'));
    expect(accepts).toHaveLength(2);
    buses.pop();
  });

  it('stays in memory with queue: memory (the bench baseline), writing no journal', async () => {
    const hung = target('profile', { hold: () => new Promise(() => {}) });
    const bus = start({ subscriptions: [hung.subscription], queue: 'memory' });
    await bus.publish(envelope());
    expect((await bus.status()).durable).toBe(false);
    await expect(readFile(deliveryJournalPath(dataDir, 'profile'), 'utf8')).rejects.toThrow(/ENOENT/);
    buses.pop();
  });
});
