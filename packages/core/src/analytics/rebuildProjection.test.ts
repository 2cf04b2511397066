import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@forkcast/events';
import { ulid } from 'ulid';
import { useDynamoStores } from '../testing/useDynamoStores';
import { foldProjection } from '../projections/foldProjection';
import { projectEvent } from '../projections/projectEvent';
import type { AnyProjection } from '../projections/projection';
import { restaurantProfileProjection } from '../restaurants/views/restaurantProfileProjection';
import { restaurantsByCityProjection } from '../restaurants/views/restaurantsByCityProjection';
import { restaurantSearchProjection } from '../discovery/search/restaurantSearchProjection';
import { listRestaurantsByCity } from '../restaurants/views/restaurantQueries';
import { sampleLog } from '../testing/sampleLog';
import { writeLogDirect } from '../testing/writeLogDirect';
import { rebuildProjection } from './rebuildProjection';

// The discovery search documents come from the same restaurant events, so they are rebuilt here too.
const projections: AnyProjection[] = [restaurantProfileProjection, restaurantsByCityProjection, restaurantSearchProjection];
const cities = ['Makati City', 'Taguig City', 'New Delhi', 'Gurgaon', 'Doha'];
const { db, store, views } = await useDynamoStores();

/** Every projection's item of every stream, and each city's list, as readers see them now. */
async function snapshot(streams: readonly string[]) {
  const items: Record<string, unknown> = {};
  for (const p of projections) for (const s of streams) items[`${p.name} ${s}`] = await views.get(p.name, s);
  const lists: Record<string, unknown> = {};
  for (const city of cities) lists[city] = await listRestaurantsByCity(views, city, { limit: 100 });
  return { items, lists };
}

const deliverLive = async (events: readonly EventEnvelope[]) => {
  for (const event of events) for (const projection of projections) await projectEvent({ projection, event, views, store });
};

describe('rebuildProjection', () => {
  it('rebuilds every projection into views equal to the live ones, and switches readers to them', async () => {
    const log = sampleLog({ start: Date.parse('2034-01-01T00:00:00Z'), days: 3, restaurants: 40, eventsPerRestaurant: 5 }).sort((a, b) => (a.id < b.id ? -1 : 1));
    await writeLogDirect(db.client, 'Events', log);
    await deliverLive(log);
    const streams = [...new Set(log.map((e) => e.stream))];
    const live = await snapshot(streams);
    expect(Object.values(live.items).every((item) => item !== undefined)).toBe(true);

    for (const projection of projections) {
      const result = await rebuildProjection({ projection, store, views, from: '2034-01-01', clock: () => new Date('2034-01-04T00:00:00Z'), lateWindowMs: 0 });
      expect(result).toMatchObject({ projection: projection.name, previousGeneration: 0, generation: 1, events: log.length, views: streams.length });
      expect((await views.generations(projection.name)).active).toBe(1);
    }
    expect(await snapshot(streams)).toEqual(live);
    // The old generation is still there, untouched, until someone removes it.
    expect(await views.atGeneration(restaurantProfileProjection.name, 0).get(restaurantProfileProjection.name, streams[0]!)).toEqual(live.items[`${restaurantProfileProjection.name} ${streams[0]}`]);
  });

  it('loses nothing that arrives while it rebuilds', async () => {
    // Arriving events get ids of the real clock, so this log ends now.
    const start = Date.now() - 2 * 86_400_000;
    const before = sampleLog({ start, days: 2, restaurants: 60, eventsPerRestaurant: 4, seed: 7 });
    await writeLogDirect(db.client, 'Events', before);
    await deliverLive(before);

    // Commands keep arriving: new events on old streams and new streams, each appended and then
    // delivered to the live projection, as the bus would, until the rebuild has finished.
    let rebuilding = true;
    const arrived: EventEnvelope[] = [];
    const versions = new Map<string, number>();
    for (const e of before) versions.set(e.stream, Math.max(versions.get(e.stream) ?? 0, e.version));
    const streams = [...versions.keys()];
    const writer = (async () => {
      for (let i = 0; rebuilding || i < 10; i++) {
        const stream = streams[i % streams.length]!;
        const version = versions.get(stream)! + 1;
        versions.set(stream, version);
        const event = await store.append({
          id: ulid(), stream, version, type: 'RestaurantProfileUpdated', schemaVersion: 1, occurredAt: new Date().toISOString(),
          data: { name: `Arrived ${i}` }, meta: { actor: { id: 'staff-9', role: 'staff' }, correlationId: `live-${i}` },
        });
        arrived.push(event);
        await deliverLive([event]);
      }
    })();
    const rebuilt = await rebuildProjection({ projection: restaurantProfileProjection, store, views, from: new Date(start).toISOString().slice(0, 10), concurrency: 2 });
    const arrivedDuring = arrived.length;
    rebuilding = false;
    await writer;

    expect(arrivedDuring).toBeGreaterThan(0);
    expect(rebuilt.generation).toBe(2);
    for (const stream of streams) {
      const events = await store.readStream(stream);
      const stored = await views.get(restaurantProfileProjection.name, stream);
      expect({ stream, version: stored?.version, view: stored?.view }).toEqual({ stream, version: events.at(-1)!.version, view: foldProjection(restaurantProfileProjection, events) });
    }
  });

  it('never reuses a generation, and refuses to flip over another rebuild', async () => {
    const name = 'some-projection';
    const a = await views.allocateGeneration(name);
    const b = await views.allocateGeneration(name);
    expect(b).toBeGreaterThan(a);
    expect(await views.activate(name, 0, b)).toBe(true);
    expect(await views.activate(name, 0, a)).toBe(false);
    expect((await views.generations(name)).active).toBe(b);
  });
});
