import { restaurantListedSchema } from '@forkcast/events';
import { describe, expect, it } from 'vitest';
import { demoCities } from './demoCities';
import { generateDemoCatalogue } from './generateDemoCatalogue';

describe('generateDemoCatalogue', () => {
  it('is deterministic for a seed and differs for another', () => {
    expect(generateDemoCatalogue()).toEqual(generateDemoCatalogue());
    expect(generateDemoCatalogue({ seed: 1 })).not.toEqual(generateDemoCatalogue({ seed: 2 }));
  });

  it('gives 60 valid restaurants with unique names and ids, spread over the demo cities near their centres', () => {
    const catalogue = generateDemoCatalogue();
    expect(catalogue).toHaveLength(60);
    expect(new Set(catalogue.map((r) => r.name)).size).toBe(60);
    expect(new Set(catalogue.map((r) => r.externalId)).size).toBe(60);
    for (const restaurant of catalogue) {
      expect(restaurantListedSchema.safeParse(restaurant).success).toBe(true);
      const city = demoCities.find((c) => c.name === restaurant.city)!;
      expect(Math.abs(restaurant.location.lat - city.centre.lat)).toBeLessThan(0.03);
      expect(Math.abs(restaurant.location.lon - city.centre.lon)).toBeLessThan(0.03);
    }
    expect(new Set(catalogue.map((r) => r.city))).toEqual(new Set(demoCities.map((c) => c.name)));
  });
});
