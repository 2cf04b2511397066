import { ulid } from 'ulid';
import type { EventEnvelope } from '@forkcast/events';
import { seededRandom } from '../random/seededRandom';
import { sampleRestaurant } from './sampleRestaurant';

export interface SampleLogOptions {
  /** First instant (ms); events spread over `days` UTC days from here. */
  start: number;
  days: number;
  restaurants: number;
  /** Events per restaurant after its listing (updates, then maybe a delisting). */
  eventsPerRestaurant: number;
  seed?: number;
}

const cities = ['Makati City', 'Taguig City', 'New Delhi', 'Gurgaon', 'Doha'];

/**
 * A valid, varied log for analytics tests and the bench: restaurants listed in several cities,
 * renamed and re-priced, some delisted, each stream's events in version and time order, spread
 * over days. Deterministic per seed except for the ULIDs' random part.
 */
export function sampleLog(options: SampleLogOptions): EventEnvelope[] {
  const random = seededRandom(options.seed ?? 1);
  const span = options.days * 86_400_000;
  const events: EventEnvelope[] = [];
  const meta = (n: number) => ({ actor: { id: `staff-${n % 3}`, role: 'staff' as const }, correlationId: `c-${n}` });
  for (let r = 0; r < options.restaurants; r++) {
    const stream = `restaurant-${ulid(options.start)}`;
    const times = Array.from({ length: options.eventsPerRestaurant + 1 }, () => options.start + Math.floor(random() * span)).sort((a, b) => a - b);
    times.forEach((at, i) => {
      const base = { id: ulid(at), stream, version: i + 1, schemaVersion: 1, occurredAt: new Date(at).toISOString(), meta: meta(r) };
      if (i === 0) {
        const city = cities[Math.floor(random() * cities.length)]!;
        events.push({ ...base, type: 'RestaurantListed', schemaVersion: 2, data: { ...sampleRestaurant({ city, externalId: `x${r}` }), name: `Place ${r}` } });
      } else if (i === options.eventsPerRestaurant && random() < 0.2) {
        events.push({ ...base, type: 'RestaurantDelisted', data: { reason: 'closed' } });
      } else {
        const data = random() < 0.5 ? { name: `Place ${r} v${i}` } : { priceRange: 1 + Math.floor(random() * 4) };
        events.push({ ...base, type: 'RestaurantProfileUpdated', data });
      }
    });
  }
  return events;
}
