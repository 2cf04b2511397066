import { describe, expect, it } from 'vitest';
import type { RestaurantEvent } from '@forkcast/events';
import { useDynamoStores } from '../testing/useDynamoStores';
import { sampleRestaurant } from '../testing/sampleRestaurant';
import { seededRandom, shuffled } from '../random/seededRandom';
import { stampEvent } from '../commands/stampEvent';
import { eventCatalog } from '@forkcast/events';
import { newRestaurantStream } from '../restaurants/restaurantStream';
import { restaurantProfileProjection } from '../restaurants/views/restaurantProfileProjection';
import { restaurantsByCityProjection } from '../restaurants/views/restaurantsByCityProjection';
import { listRestaurantsByCity } from '../restaurants/views/restaurantQueries';
import { foldProjection } from './foldProjection';
import { projectEvent } from './projectEvent';
import type { AnyProjection } from './projection';

const { store, views } = await useDynamoStores();

/** A random but valid restaurant history: listed, updates (incl. clears), maybe delisted. */
function randomHistory(random: () => number, city: string): RestaurantEvent[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  const events: RestaurantEvent[] = [{ type: 'RestaurantListed', data: sampleRestaurant({ city, name: `R${Math.floor(random() * 1e6)}` }) }];
  const updates = 3 + Math.floor(random() * 10);
  for (let i = 0; i < updates; i++) {
    events.push({
      type: 'RestaurantProfileUpdated',
      data: pick<RestaurantEvent['data']>([
        { name: `Renamed ${i}` },
        { priceRange: 1 + Math.floor(random() * 4) },
        { cuisines: ['Thai', `C${i}`] },
        { locality: null },
        { locality: `Block ${i}` },
        { sourceRating: { aggregate: Math.round(random() * 50) / 10, votes: i } },
      ]) as never,
    });
  }
  if (random() < 0.4) events.push({ type: 'RestaurantDelisted', data: { reason: 'closed' } });
  return events;
}

async function appendHistory(stream: string, events: RestaurantEvent[]) {
  const envelopes = events.map((event, i) => stampEvent(event, {
    stream, currentVersion: i, actor: { id: 's', role: 'staff' }, correlationId: 'c', now: new Date(), catalog: eventCatalog,
  }));
  for (const e of envelopes) await store.append(e);
  return envelopes;
}

describe('projectEvent', () => {
  it('reflects the log exactly, however events are delivered (shuffled, duplicated, concurrent)', async () => {
    const projections: AnyProjection[] = [restaurantProfileProjection, restaurantsByCityProjection];
    for (const seed of [1, 2, 3, 5, 8, 13]) {
      const random = seededRandom(seed);
      const stream = newRestaurantStream();
      const log = await appendHistory(stream, randomHistory(random, `City ${seed}`));
      const duplicates = log.filter(() => random() < 0.5);
      const delivery = shuffled([...log, ...duplicates, ...duplicates], random);
      // Deliveries in small concurrent batches, so writes race as they would with parallel consumers.
      for (let i = 0; i < delivery.length; i += 3) {
        await Promise.all(
          delivery.slice(i, i + 3).flatMap((event) => projections.map((projection) => projectEvent({ projection, event, views, store }))),
        );
      }
      for (const projection of projections) {
        const stored = await views.get(projection.name, stream);
        expect(stored, `seed ${seed} ${projection.name}`).toEqual({
          projection: projection.name, stream, version: log.length, view: foldProjection(projection, log),
        });
      }
      const delisted = log.at(-1)!.type === 'RestaurantDelisted';
      const listedInCity = (await listRestaurantsByCity(views, `city ${seed}`)).items.map((r) => r.id);
      expect(listedInCity, `seed ${seed}`).toEqual(delisted ? [] : [stream]);
    }
  });

  it('fills a gap from the log and skips what the item already reflects', async () => {
    const stream = newRestaurantStream();
    const log = await appendHistory(stream, randomHistory(seededRandom(42), 'Gapville'));
    const projection = restaurantProfileProjection;
    expect(await projectEvent({ projection, event: log[3]!, views, store })).toEqual({ status: 'applied', version: 4, applied: 4 });
    expect((await views.get(projection.name, stream))!.view).toEqual(foldProjection(projection, log.slice(0, 4)));
    expect(await projectEvent({ projection, event: log[1]!, views, store })).toEqual({ status: 'duplicate', version: 4 });
    expect(await projectEvent({ projection, event: log[4]!, views, store })).toEqual({ status: 'applied', version: 5, applied: 1 });
  });

  it('ignores event types the projection does not handle', async () => {
    const event = { ...(await appendHistory(newRestaurantStream(), randomHistory(seededRandom(7), 'X')))[0]!, type: 'ReviewSubmitted' };
    expect(await projectEvent({ projection: restaurantProfileProjection, event, views, store })).toEqual({ status: 'ignored' });
  });
});
