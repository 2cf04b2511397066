import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createEventCatalog, defineEventType, ofType, type NewEvent } from '@forkcast/events';
import { useDynamoStores } from '../testing/useDynamoStores';
import { sampleRestaurant } from '../testing/sampleRestaurant';
import { DynamoEventStore } from '../eventStore/dynamoEventStore';
import { restaurantDecider } from '../restaurants/restaurantDecider';
import { newRestaurantStream } from '../restaurants/restaurantStream';
import type { Decider } from '../decider';
import { handleCommand } from './handleCommand';
import { DomainError, DomainNotFoundError, StaleVersionError, VersionConflictError } from './commandErrors';

const { db, store } = await useDynamoStores();

const staff = { id: 'staff-1', role: 'staff' as const };
const run = (stream: string, command: Parameters<typeof restaurantDecider.decide>[0], extra: object = {}) =>
  handleCommand({ store, decider: restaurantDecider, stream, command, actor: staff, correlationId: 'corr-1', ...extra });

describe('handleCommand', () => {
  it('appends stamped events and returns the new version', async () => {
    const stream = newRestaurantStream();
    const at = new Date('2030-02-03T04:05:06.000Z');
    const result = await run(stream, { type: 'ListRestaurant', data: sampleRestaurant() }, { causationId: 'cause', clock: () => at });
    expect(result.version).toBe(1);
    const [event] = await store.readStream(stream);
    expect(event).toEqual(result.event);
    expect(event).toMatchObject({
      stream, version: 1, type: 'RestaurantListed', schemaVersion: 2, occurredAt: at.toISOString(),
      meta: { actor: staff, correlationId: 'corr-1', causationId: 'cause' },
    });
  });

  it('appends nothing for a no-op and reports the current version', async () => {
    const stream = newRestaurantStream();
    await run(stream, { type: 'ListRestaurant', data: sampleRestaurant() });
    const result = await run(stream, { type: 'UpdateRestaurantProfile', data: { name: sampleRestaurant().name } });
    expect(result).toEqual({ stream, version: 1 });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('maps rule violations, unknown streams and stale If-Match versions to typed errors', async () => {
    const stream = newRestaurantStream();
    await expect(run(stream, { type: 'DelistRestaurant', data: { reason: 'x' } })).rejects.toMatchObject({ name: 'DomainNotFoundError', code: 'restaurant-not-found' });
    await expect(run(stream, { type: 'DelistRestaurant', data: { reason: 'x' } })).rejects.toBeInstanceOf(DomainNotFoundError);
    await run(stream, { type: 'ListRestaurant', data: sampleRestaurant() });
    await expect(run(stream, { type: 'ListRestaurant', data: sampleRestaurant() })).rejects.toBeInstanceOf(DomainError);
    await expect(run(stream, { type: 'UpdateRestaurantProfile', data: { priceRange: 1 } }, { expectedVersion: 0 }))
      .rejects.toBeInstanceOf(StaleVersionError);
    expect((await run(stream, { type: 'UpdateRestaurantProfile', data: { priceRange: 1 } }, { expectedVersion: 1 })).version).toBe(2);
  });

  it('returns the first result for a repeated Idempotency-Key instead of deciding again', async () => {
    const stream = newRestaurantStream();
    await run(stream, { type: 'ListRestaurant', data: sampleRestaurant() });
    const first = await run(stream, { type: 'UpdateRestaurantProfile', data: { priceRange: 1 } }, { idempotencyKey: 'k-1' });
    await run(stream, { type: 'UpdateRestaurantProfile', data: { priceRange: 2 } });
    const again = await run(stream, { type: 'UpdateRestaurantProfile', data: { priceRange: 1 } }, { idempotencyKey: 'k-1', expectedVersion: 1 });
    expect(again).toEqual(first);
    const log = await store.readStream(stream);
    expect([...log.filter(ofType('RestaurantListed')), ...log.filter(ofType('RestaurantProfileUpdated'))].map((e) => e.data.priceRange)).toEqual([3, 1, 2]);
  });

  it('gives up with VersionConflictError after maxAttempts lost races', async () => {
    const stream = newRestaurantStream();
    await run(stream, { type: 'ListRestaurant', data: sampleRestaurant() });
    // A store whose reads lag one event behind loses every race.
    const lagging = { ...store, readStream: async (s: string) => (await store.readStream(s)).slice(0, -1), append: store.append.bind(store), readByDay: store.readByDay.bind(store) };
    await expect(
      handleCommand({ store: lagging, decider: restaurantDecider, stream, command: { type: 'ListRestaurant', data: sampleRestaurant() }, actor: staff, correlationId: 'c', maxAttempts: 3 }),
    ).rejects.toBeInstanceOf(VersionConflictError);
  });
});

describe('64 concurrent appends to one stream', () => {
  const tally = defineEventType({ type: 'TallyMarked', source: 'forkcast.test', schema: z.object({ mark: z.number().int() }) });
  const catalog = createEventCatalog([tally]);
  type Marked = NewEvent<'TallyMarked', { mark: number }>;
  // Always appends, so every command must win exactly one version.
  const tallyDecider: Decider<{ mark: number }, Marked, null> = {
    initialState: () => null,
    evolve: (s) => s,
    eventTypes: ['TallyMarked'],
    decide: (command) => ({ type: 'TallyMarked', data: { mark: command.mark } }),
  };

  it('end with versions 1..64 exactly, each command once', async () => {
    const tallyStore = new DynamoEventStore({ client: db.client, catalog });
    const stream = 'tally-64';
    // What is under test is that no event is lost or duplicated; 64 writers on one stream is far
    // beyond the contention the default attempt bound is tuned for, so this test lifts it.
    const results = await Promise.all(
      Array.from({ length: 64 }, (_, mark) =>
        handleCommand({ store: tallyStore, decider: tallyDecider, stream, command: { mark }, actor: staff, correlationId: `c-${mark}`, catalog, maxAttempts: 64 }),
      ),
    );
    const log = await tallyStore.readStream(stream);
    expect(log.map((e) => e.version)).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
    expect(log.map((e) => e.data.mark).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 64 }, (_, i) => i));
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(log.map((e) => e.version));
    for (const r of results) expect(log[r.version - 1]!.data.mark).toBe(r.event!.data.mark);
  });

  it('also through the restaurant decider: one listing then 64 concurrent distinct updates', async () => {
    const stream = newRestaurantStream();
    await run(stream, { type: 'ListRestaurant', data: sampleRestaurant() });
    await Promise.all(
      Array.from({ length: 64 }, (_, i) => run(stream, { type: 'UpdateRestaurantProfile', data: { name: `Name ${i}` } }, { maxAttempts: 64 })),
    );
    const log = await store.readStream(stream);
    expect(log.map((e) => e.version)).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
    expect(new Set(log.filter(ofType('RestaurantProfileUpdated')).map((e) => e.data.name)).size).toBe(64);
  });
});
