import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { foldProjection, restaurantSearchProjection, type SearchDocument } from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { diner, staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';

const api = useTestApi();
const { callApi, deliverToProjections } = api;
const { source: _s, externalId: _e, ...profile } = sampleRestaurant();
const makati = profile.location;

async function list(overrides: Record<string, unknown>) {
  const res = await callApi('listRestaurant', { body: { ...profile, ...overrides }, claims: staff });
  expect(res.statusCode).toBe(201);
  await deliverToProjections(res.json.stream);
  return res.json.stream as string;
}

describe('GET /restaurants/search', () => {
  let souffle: string, thai: string, far: string;
  beforeAll(async () => {
    souffle = await list({});
    thai = await list({ name: 'Bangkok Lane', cuisines: ['Thai'], priceRange: 2, location: { lat: makati.lat + 0.01, lon: makati.lon } });
    far = await list({ name: 'Far Away Thai', cuisines: ['Thai'], priceRange: 1, location: { lat: makati.lat + 1, lon: makati.lon } });
  });

  it('finds by radius with distances, filters by cuisine and price, and counts facets', async () => {
    const res = await callApi('searchRestaurants', { query: { lat: String(makati.lat), lon: String(makati.lon), radiusKm: '5', sort: 'distance' } });
    expect(res.statusCode).toBe(200);
    expect(res.json.items.map((i: { id: string }) => i.id)).toEqual([souffle, thai]);
    expect(res.json.items[1].distanceKm).toBeCloseTo(1.11, 1);
    expect(res.json.items[0]).toMatchObject({ name: 'Le Petit Souffle', cuisines: ['French', 'Japanese', 'Desserts'], priceRange: 3, featured: false });
    expect(res.json.facets).toEqual({ cuisines: { French: 1, Japanese: 1, Desserts: 1, Thai: 1 }, priceRanges: { 2: 1, 3: 1 } });

    const thaiCheap = await callApi('searchRestaurants', { query: { cuisine: 'thai', price: '1,2' } });
    expect(thaiCheap.json.items.map((i: { id: string }) => i.id).sort()).toEqual([thai, far].sort());
    const typo = await callApi('searchRestaurants', { query: { q: 'Bangkck Lane' } });
    expect(typo.json.items[0].id).toBe(thai);
  });

  it('pages with a cursor bound to the query', async () => {
    const first = await callApi('searchRestaurants', { query: { q: 'thai', limit: '1' } });
    expect(first.json.items).toHaveLength(1);
    const second = await callApi('searchRestaurants', { query: { q: 'thai', limit: '1', cursor: first.json.cursor } });
    expect(second.json.items).toHaveLength(1);
    expect(second.json.items[0].id).not.toBe(first.json.items[0].id);
    expect(second.json.cursor).toBeUndefined();
    const other = await callApi('searchRestaurants', { query: { q: 'french', cursor: first.json.cursor } });
    expect(other.statusCode).toBe(400);
    expect(other.headers['content-type']).toBe('application/problem+json');
  });

  it('rejects half a point and a distance sort without one', async () => {
    expect((await callApi('searchRestaurants', { query: { lat: '1' } })).statusCode).toBe(400);
    expect((await callApi('searchRestaurants', { query: { sort: 'distance' } })).statusCode).toBe(400);
    expect((await callApi('searchRestaurants', { query: { price: '7' } })).statusCode).toBe(400);
  });

  it('follows profile changes and delisting, and the live view equals the rebuild from the log', async () => {
    const patch = await callApi('updateRestaurantProfile', { params: { id: thai }, body: { name: 'Bangkok Garden' }, claims: staff, headers: { 'if-match': '"1"' } });
    expect(patch.statusCode).toBe(202);
    await deliverToProjections(thai);
    expect((await callApi('searchRestaurants', { query: { q: 'garden' } })).json.items.map((i: { id: string }) => i.id)).toEqual([thai]);
    const gone = await callApi('delistRestaurant', { params: { id: far }, query: { reason: 'closed' }, claims: staff });
    expect(gone.statusCode).toBe(202);
    await deliverToProjections(far);
    expect((await callApi('searchRestaurants', { query: { cuisine: 'Thai' } })).json.items.map((i: { id: string }) => i.id)).toEqual([thai]);
    for (const stream of [souffle, thai, far]) {
      const live = await api.deps().views.get<SearchDocument>(restaurantSearchProjection.name, stream);
      expect(live?.view ?? null).toEqual(foldProjection(restaurantSearchProjection, await api.deps().events.readStream(stream)));
    }
  });
});

describe('GET /me/recommendations', () => {
  it('needs a diner token', async () => {
    expect((await callApi('getRecommendations')).statusCode).toBe(401);
  });

  it('recommends the caller nearby restaurants with reasons, featured false, and a stated taste lifts a match', async () => {
    await api.deps().recommendationSignals.apply({ type: 'DinerRegistered', dinerId: diner.sub, time: '2026-01-01T00:00:00.000Z', data: { cuisines: ['Thai'] } });
    const res = await callApi('getRecommendations', { query: { lat: String(makati.lat), lon: String(makati.lon), limit: '5' }, claims: diner });
    expect(res.statusCode).toBe(200);
    expect(res.json.items.length).toBeGreaterThan(0);
    expect(res.json.items[0]).toMatchObject({ name: 'Bangkok Garden', featured: false });
    expect(res.json.items[0].reasons.join('; ')).toContain('matches your taste for Thai');
    for (const item of res.json.items) expect(item.distanceKm).toBeLessThanOrEqual(25);
  });
});
