import { describe, expect, it } from 'vitest';
import { catalogJsonSchema } from './catalogJsonSchema';
import { eventCatalog } from './defaultCatalog';

describe('catalogJsonSchema', () => {
  const schema = catalogJsonSchema(eventCatalog) as { oneOf: { $ref: string }[]; $defs: Record<string, any> };

  it('has one definition per type and schemaVersion, each referenced from oneOf', () => {
    const expected = eventCatalog.types.flatMap((t) => Array.from({ length: t.latestVersion }, (_, i) => `${t.type}.v${i + 1}`));
    expect(Object.keys(schema.$defs).sort()).toEqual(expected.sort());
    expect(schema.oneOf.map((r) => r.$ref.replace('#/$defs/', '')).sort()).toEqual(expected.sort());
  });

  it('pins type and schemaVersion and describes the data', () => {
    const listed = schema.$defs['RestaurantListed.v2'];
    expect(listed['x-source']).toBe('forkcast.restaurants');
    expect(listed.properties.type.const).toBe('RestaurantListed');
    expect(listed.properties.schemaVersion.const).toBe(2);
    expect(listed.properties.data.required).toEqual(expect.arrayContaining(['name', 'location', 'cuisines', 'priceRange']));
    expect(listed.properties.data.properties.priceRange).toMatchObject({ minimum: 1, maximum: 4 });
    expect(schema.$defs['RestaurantListed.v1'].properties.data.properties).toHaveProperty('cuisine');
  });
});
