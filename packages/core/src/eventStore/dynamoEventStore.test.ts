import { describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { EventEnvelope } from '@forkcast/events';
import { useDynamoStores } from '../testing/useDynamoStores';
import { sampleRestaurant } from '../testing/sampleRestaurant';
import { VersionConflictError } from '../commands/commandErrors';
import { DynamoEventStore } from './dynamoEventStore';
import { dayOfId } from './dayOfId';
import { readLogByTime } from './readLogByTime';

const { db, store } = await useDynamoStores();

const meta = { actor: { id: 'staff-1', role: 'staff' as const }, correlationId: 'c-1' };
function listed(stream: string, version: number, at = Date.now()): EventEnvelope {
  return {
    id: ulid(at), stream, version, type: 'RestaurantProfileUpdated', schemaVersion: 1,
    occurredAt: new Date(at).toISOString(), data: { name: `name ${version}` }, meta,
  };
}

describe('DynamoEventStore', () => {
  it('appends and reads a stream back in version order across pages', async () => {
    const stream = `restaurant-${ulid()}`;
    for (let v = 1; v <= 30; v++) await store.append(listed(stream, v));
    const paged = new DynamoEventStore({ client: db.client, pageSize: 7 });
    const events = await paged.readStream(stream);
    expect(events.map((e) => e.version)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect((await store.readStream(stream, { fromVersion: 5, toVersion: 7 })).map((e) => e.version)).toEqual([5, 6, 7]);
  });

  it('refuses a taken version with VersionConflictError', async () => {
    const stream = `restaurant-${ulid()}`;
    await store.append(listed(stream, 1));
    await expect(store.append(listed(stream, 1))).rejects.toBeInstanceOf(VersionConflictError);
  });

  it('refuses data that does not match the catalog', async () => {
    const bad = { ...listed(`restaurant-${ulid()}`, 1), data: { priceRange: 9 } };
    await expect(store.append(bad)).rejects.toThrow(/priceRange/);
  });

  it('upcasts old schema versions on read without rewriting the item', async () => {
    const stream = `restaurant-${ulid()}`;
    const { cuisines: _c, ...v1 } = sampleRestaurant();
    const raw = { ...listed(stream, 1), type: 'RestaurantListed', schemaVersion: 1, data: { ...v1, cuisine: 'Thai, Seafood' } };
    await db.client.send(new PutItemCommand({ TableName: 'Events', Item: marshall({ ...raw, day: dayOfId(raw.id) }) }));
    const [event] = await store.readStream(stream);
    expect(event!.schemaVersion).toBe(2);
    if (event!.type !== 'RestaurantListed') throw new Error(`read back a ${event!.type}`);
    expect(event.data.cuisines).toEqual(['Thai', 'Seafood']);
  });

  it('replays by time through byDay, in id order, within the range', async () => {
    const stream = `restaurant-${ulid()}`;
    const day1 = Date.parse('2031-05-01T10:00:00Z');
    const times = [day1, day1 + 3_600_000, day1 + 86_400_000, day1 + 2 * 86_400_000];
    for (const [i, t] of times.entries()) await store.append(listed(stream, i + 1, t));
    const inRange = [];
    for await (const e of readLogByTime({ store, from: '2031-05-01T10:30:00Z', to: '2031-05-02', pageSize: 1 })) inRange.push(e);
    expect(inRange.map((e) => e.version)).toEqual([2, 3]);
    const page = await store.readByDay('2031-05-01', { limit: 1 });
    expect(page.events).toHaveLength(1);
    const rest = await store.readByDay('2031-05-01', { afterId: page.lastId });
    expect(rest.events.map((e) => e.version)).toEqual([2]);
  });
});
