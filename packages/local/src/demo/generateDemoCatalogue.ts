import type { RestaurantListedData } from '@forkcast/events';
import { demoCities } from './demoCities';
import { cuisineGroups, nameParts } from './demoNames';
import { demoRandom } from './demoRandom';

export const demoSource = 'forkcast-demo';

export interface DemoRestaurant extends RestaurantListedData {
  source: string;
  externalId: string;
}

/**
 * The demo catalogue: `perCity` restaurants in each demo city, the same on every run (seeded), with
 * invented names, plausible coordinates (within ~3 km of the centre), cuisines and prices.
 */
export function generateDemoCatalogue(options: { seed?: number; perCity?: number } = {}): DemoRestaurant[] {
  const random = demoRandom(options.seed ?? 20_240_601);
  const perCity = options.perCity ?? 12;
  const usedNames = new Set<string>();
  const restaurants: DemoRestaurant[] = [];

  const inventName = (): string => {
    for (;;) {
      const { adjectives, nouns, kinds, owners } = nameParts;
      const name = random.pick([
        () => `The ${random.pick(adjectives)} ${random.pick(nouns)}`,
        () => `${random.pick(nouns)} & ${random.pick(nouns)}`,
        () => `${random.pick(owners)}'s ${random.pick(kinds)}`,
        () => `${random.pick(adjectives)} ${random.pick(nouns)} ${random.pick(kinds)}`,
      ])();
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };

  for (const city of demoCities) {
    for (let index = 0; index < perCity; index++) {
      const priceRange = random.int(1, 4);
      const streetNumber = random.int(1, 240);
      const street = `${random.pick(city.streetKinds)} ${random.pick(city.streetWords)}`;
      const address = city.name === 'Lisbon' ? `${street} ${streetNumber}` : `${streetNumber} ${random.pick(city.streetWords)} ${random.pick(city.streetKinds)}`;
      const locality = random.pick(city.localities);
      restaurants.push({
        name: inventName(),
        location: {
          lat: round(city.centre.lat + (random.next() - 0.5) * 0.05, 6),
          lon: round(city.centre.lon + (random.next() - 0.5) * 0.05, 6),
        },
        address: `${address}, ${locality}, ${city.name}`,
        city: city.name,
        locality,
        country: city.country,
        cuisines: random.pick(cuisineGroups),
        priceRange,
        contact: { phone: `${city.phonePrefix} ${random.int(100, 999)} ${random.int(1000, 9999)}` },
        averageCostForTwo: { amount: Math.round(city.baseCostForTwo * priceRange * (0.8 + random.next() * 0.5)), currency: city.currency },
        hasTableBooking: random.next() < 0.5,
        hasOnlineDelivery: random.next() < 0.4,
        source: demoSource,
        externalId: `${city.name.toLowerCase()}-${String(index + 1).padStart(2, '0')}`,
      });
    }
  }
  return restaurants;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
