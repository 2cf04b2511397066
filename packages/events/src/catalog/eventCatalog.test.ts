import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createEventCatalog } from './eventCatalog';
import { defineEventType } from './eventType';
import { InvalidEventError, UnknownEventTypeError } from './eventCatalogErrors';
import { parseEvent, eventCatalog } from './defaultCatalog';

const envelope = (type: string, schemaVersion: number, data: Record<string, unknown>) => ({
  id: '01J0000000000000000000000A', stream: 's-1', version: 1, type, schemaVersion,
  occurredAt: '2025-01-01T00:00:00.000Z', data, meta: { actor: { id: 'u', role: 'staff' }, correlationId: 'c' },
});

const v1Restaurant = {
  name: 'Heat', location: { lat: 14.58, lon: 121.05 }, address: '1 Garden Way', city: 'Mandaluyong City',
  priceRange: 4, cuisine: 'Seafood, Asian, , Seafood', source: 'zomato', externalId: '6300002',
};

describe('event catalog', () => {
  it('upcasts a v1 RestaurantListed (one cuisine string) to v2 cuisines[]', () => {
    const event = parseEvent(envelope('RestaurantListed', 1, v1Restaurant));
    expect(event.schemaVersion).toBe(2);
    if (event.type !== 'RestaurantListed') throw new Error(`parsed as ${event.type}`);
    expect(event.data.cuisines).toEqual(['Seafood', 'Asian']);
    expect(event.data).not.toHaveProperty('cuisine');
  });

  it('chains upcasters and re-validates after each step', () => {
    const counter = defineEventType({
      type: 'Counted', source: 'forkcast.test', schema: z.object({ n: z.number(), unit: z.string() }),
      history: [
        { schema: z.object({ count: z.string() }), upcast: (d: { count: string }) => ({ n: Number(d.count) }) },
        { schema: z.object({ n: z.number() }), upcast: (d: { n: number }) => ({ ...d, unit: 'each' }) },
      ],
    });
    const catalog = createEventCatalog([counter]);
    expect(catalog.latestVersion('Counted')).toBe(3);
    expect(catalog.parse(envelope('Counted', 1, { count: '7' })).data).toEqual({ n: 7, unit: 'each' });
    expect(() => catalog.parse(envelope('Counted', 1, { count: 'seven' }))).toThrow(InvalidEventError);
  });

  it('rejects unknown types and versions, and invalid data with field paths', () => {
    expect(() => parseEvent(envelope('NoSuchThing', 1, {}))).toThrow(UnknownEventTypeError);
    expect(() => parseEvent(envelope('RestaurantDelisted', 2, { reason: 'x' }))).toThrow(UnknownEventTypeError);
    expect(() => parseEvent(envelope('RestaurantProfileUpdated', 1, { priceRange: 5 }))).toThrow(/priceRange/);
    expect(() => parseEvent(envelope('RestaurantProfileUpdated', 1, {}))).toThrow(/at least one field/);
  });

  it('accepts only the latest version for new events', () => {
    const old = envelope('RestaurantListed', 1, v1Restaurant) as Parameters<typeof eventCatalog.validateNew>[0];
    expect(() => eventCatalog.validateNew(old)).toThrow(UnknownEventTypeError);
  });

  it('knows the source of every restaurant event', () => {
    for (const type of ['RestaurantListed', 'RestaurantProfileUpdated', 'RestaurantDelisted']) {
      expect(eventCatalog.sourceOf(type)).toBe('forkcast.restaurants');
    }
  });
});
