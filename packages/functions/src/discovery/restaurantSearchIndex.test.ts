import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { haversineKm, type SearchDocument } from '@forkcast/core';
import { cuisineKey, RestaurantSearchIndex, type SearchQuery } from '@forkcast/core/searchIndex';
import { zomatoSearchDocuments } from '../testing/zomatoSearchDocuments';

const zomatoCsv = fileURLToPath(new URL('../../../../../shared/data/zomato/zomato.csv', import.meta.url));

let documents: SearchDocument[];
let index: RestaurantSearchIndex;
beforeAll(async () => {
  documents = await zomatoSearchDocuments(zomatoCsv);
  index = RestaurantSearchIndex.create();
  for (const d of documents) index.apply(d.id, d);
}, 60_000);

/** Every page of a query, following cursors. */
function allPages(query: Omit<SearchQuery, 'cursor'>) {
  const items = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = index.search({ ...query, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 10_000);
  return items;
}

const newDelhi = { lat: 28.6315, lon: 77.2167 }; // Connaught Place

describe('restaurant search over the Zomato catalogue', () => {
  it('holds every listable row', () => {
    expect(documents.length).toBeGreaterThan(9000);
    expect(index.size).toBe(documents.length);
  });

  it('a radius gives exactly the restaurants a brute-force haversine filter gives, each with its distance, nearest first', () => {
    for (const radiusKm of [0.5, 2, 5]) {
      const expected = documents.filter((d) => haversineKm(newDelhi, d.location) <= radiusKm).map((d) => d.id).sort();
      const items = allPages({ near: { ...newDelhi, radiusKm }, sort: 'distance', limit: 100 });
      expect(expected.length).toBeGreaterThan(0);
      expect(items.map((i) => i.id).sort()).toEqual(expected);
      for (const item of items) expect(item.distanceKm).toBeCloseTo(haversineKm(newDelhi, item.location), 9);
      const distances = items.map((i) => i.distanceKm!);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    }
  });

  it('cuisine and price filters and their facets agree with direct counts over the whole match', () => {
    const near = { ...newDelhi, radiusKm: 10 };
    const page = index.search({ near, cuisines: ['North Indian', 'chinese'], prices: [2, 3], limit: 5 });
    const matching = documents.filter((d) => haversineKm(newDelhi, d.location) <= 10
      && d.cuisines.some((c) => ['north indian', 'chinese'].includes(cuisineKey(c))) && [2, 3].includes(d.priceRange));
    expect(page.total).toBe(matching.length);
    expect(page.items).toHaveLength(5);
    const cuisineCounts: Record<string, number> = {};
    const priceCounts: Record<string, number> = {};
    for (const d of matching) {
      for (const c of new Set(d.cuisines)) cuisineCounts[c] = (cuisineCounts[c] ?? 0) + 1;
      priceCounts[d.priceRange] = (priceCounts[d.priceRange] ?? 0) + 1;
    }
    expect(page.facets.cuisines).toEqual(cuisineCounts);
    expect(page.facets.priceRanges).toEqual(priceCounts);
  });

  it('finds a restaurant by its name with one or two typos', () => {
    const target = documents.find((d) => d.name === 'Barbeque Nation' && d.city === 'New Delhi') ?? documents.find((d) => d.name.length > 10)!;
    for (const typed of ['Barbeque Nation', 'Barbeqeu Nation', 'Barbequ Natoin']) {
      const page = index.search({ text: typed, near: { ...target.location, radiusKm: 1 }, limit: 10 });
      expect(page.items.map((i) => i.id), typed).toContain(target.id);
    }
    // Without a place, the misspelt name still ranks the chain's branches first.
    const anywhere = index.search({ text: 'Barbeqeu Natoin', limit: 5 });
    expect(anywhere.items.map((i) => i.name)).toEqual(Array(5).fill('Barbeque Nation'));
  });

  it('paging returns every match exactly once, and a cursor works only for its own query', () => {
    const query = { text: 'cafe', near: { ...newDelhi, radiusKm: 8 }, limit: 7 } as const;
    const total = index.search(query).total;
    const ids = allPages(query).map((i) => i.id);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    const cursor = index.search(query).nextCursor!;
    expect(() => index.search({ ...query, text: 'pizza', cursor })).toThrow(/cursor/i);
  });

  it('answers a text query asked again (the next page) as it answered it, until the index changes', () => {
    const small = RestaurantSearchIndex.create();
    const [a, b] = documents.filter((d) => d.city === 'New Delhi');
    const ids = (text: string) => small.search({ text, limit: 10 }).items.map((i) => i.id).sort();
    small.apply(a!.id, { ...a!, name: 'Tasca Nova' });
    expect(ids('tasca')).toEqual([a!.id]);
    expect(ids(' TASCA ')).toEqual([a!.id]);
    small.apply(b!.id, { ...b!, name: 'Tasca Velha' });
    expect(ids('Tasca')).toEqual([a!.id, b!.id].sort());
    small.apply(a!.id, null);
    expect(ids('tasca')).toEqual([b!.id]);
    // Past the memory's bound the oldest query is asked afresh, with the same answer.
    const first = index.search({ text: 'biryani', limit: 20 });
    for (const word of ['pizza', 'cafe', 'dhaba', 'sweets', 'momos', 'kitchen', 'bar', 'grill', 'chinese', 'south', 'north', 'bakery', 'juice', 'shake',
      'tea', 'coffee', 'burger', 'roll', 'kebab', 'tikka', 'chaat', 'paratha', 'thali', 'sagar', 'garden', 'palace', 'house', 'corner', 'point', 'hut', 'express', 'street', 'food']) {
      index.search({ text: word, limit: 1 });
    }
    expect(index.search({ text: 'biryani', limit: 20 })).toEqual(first);
  });

  it('carries where an imported restaurant came from, and no promotion yet', () => {
    const [item] = index.search({ text: 'cafe', limit: 1 }).items;
    expect(item).toMatchObject({ source: 'zomato', featured: false });
    expect(item!.externalId).toMatch(/^\d+$/);
  });

  it('a snapshot restores to an index that answers the same', async () => {
    const restored = await RestaurantSearchIndex.restore(await index.snapshot());
    const query = { text: 'pizza', near: { ...newDelhi, radiusKm: 5 }, cuisines: ['Pizza'], limit: 20 };
    expect(restored.search(query)).toEqual(index.search(query));
  }, 60_000);
});
