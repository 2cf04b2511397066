import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { parse } from 'csv-parse/sync';
import { staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';

// ../shared/data relative to the repository root (packages/functions/src/diners → root is four up).
const uci = (file: string) => fileURLToPath(new URL(`../../../../../shared/data/uci-restaurant-consumer/${file}`, import.meta.url));
const csv = (file: string): Record<string, string>[] =>
  parse(readFileSync(uci(file), 'latin1'), { columns: true, skip_empty_lines: true, relax_column_count: true, trim: true });

const api = useTestApi();
const { callApi, deliverToProjections } = api;

/** Runs `fn` over `items`, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

/** Count, mean and distribution over 0/1/2, straight from the CSV column. */
function expected(scores: number[]) {
  const distribution = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
  for (const s of scores) distribution[s]!++;
  return { count: scores.length, mean: scores.reduce((a, b) => a + b, 0) / scores.length, distribution };
}

const priceRange: Record<string, number> = { low: 1, medium: 2, high: 3 };
const text = (value: string | undefined, fallback: string) => (value && value !== '?' ? value : fallback);

describe('replaying the UCI restaurant-consumer ratings through the HTTP handlers', () => {
  it('gives per-restaurant factor aggregates equal to those computed from rating_final.csv', async () => {
    const places = csv('geoplaces2.csv');
    const ratings = csv('rating_final.csv');
    expect(places).toHaveLength(130);
    expect(ratings).toHaveLength(1161);

    const restaurantOf = new Map<string, string>();
    await inParallel(places, 6, async (place) => {
      const res = await callApi('listRestaurant', {
        claims: staff,
        body: {
          name: text(place.name, `UCI ${place.placeID}`),
          location: { lat: Number(place.latitude), lon: Number(place.longitude) },
          address: text(place.address, 'unknown'),
          city: text(place.city, 'unknown'),
          country: text(place.country, 'Mexico'),
          cuisines: [],
          priceRange: priceRange[place.price!] ?? 2,
        },
      });
      expect(res.statusCode, JSON.stringify(res.json)).toBe(201);
      restaurantOf.set(place.placeID!, res.json.id);
    });

    const users = [...new Set(ratings.map((r) => r.userID!))];
    expect(users).toHaveLength(138);
    const claimsOf = (user: string) => ({ sub: `uci-${user}`, 'cognito:groups': '[diner]' });
    await inParallel(users, 6, async (user) => {
      expect((await callApi('registerDiner', { claims: claimsOf(user), body: { displayName: user } })).statusCode).toBe(201);
    });

    const visits: string[] = [];
    const today = new Date().toISOString().slice(0, 10);
    await inParallel(ratings, 6, async (r) => {
      const res = await callApi('recordVisit', {
        claims: claimsOf(r.userID!),
        params: { id: restaurantOf.get(r.placeID!)! },
        body: { visitedOn: today, overall: Number(r.rating), factors: { food: Number(r.food_rating), service: Number(r.service_rating) } },
      });
      expect(res.statusCode, JSON.stringify(res.json)).toBe(201);
      visits.push(res.json.stream);
    });
    await inParallel(visits, 6, deliverToProjections);

    for (const [placeID, restaurant] of restaurantOf) {
      const rows = ratings.filter((r) => r.placeID === placeID);
      const res = await callApi('getRestaurantRatings', { params: { id: restaurant } });
      expect(res.statusCode).toBe(200);
      expect(res.json.visits, placeID).toBe(rows.length);
      if (rows.length === 0) continue;
      expect(res.json.overall, placeID).toEqual(expected(rows.map((r) => Number(r.rating))));
      expect(res.json.factors.food, placeID).toEqual(expected(rows.map((r) => Number(r.food_rating))));
      expect(res.json.factors.service, placeID).toEqual(expected(rows.map((r) => Number(r.service_rating))));
      expect(res.json.factors.wait.count).toBe(0);
    }
  }, 120_000);
});
