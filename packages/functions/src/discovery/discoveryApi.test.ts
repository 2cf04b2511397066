import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { feedbackKey, foldProjection, recommendationSignalProjection, restaurantSearchProjection, signalsStateOf, type RecommendationSignal, type SearchDocument } from '@forkcast/core';
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
  let n = 0;
  /** Every diner, visit and rating stream this file writes: the log the rebuild reads. */
  const written = new Set<string>();
  const newDiner = () => ({ sub: `rec-sub-${n++}`, 'cognito:groups': '[diner]' });
  const near = { lat: String(makati.lat), lon: String(makati.lon), limit: '10' };
  const recommendations = async (claims: Record<string, string>) => {
    const res = await callApi('getRecommendations', { query: near, claims });
    expect(res.statusCode).toBe(200);
    return res.json.items as { id: string; name: string; predictedRating: number; reasons: string[]; distanceKm: number }[];
  };
  async function register(claims: Record<string, string>, body: Record<string, unknown> = { displayName: 'Diner' }) {
    const res = await callApi('registerDiner', { body, claims });
    expect(res.statusCode).toBe(201);
    await deliverToProjections(res.json.stream);
    written.add(res.json.stream);
    return res.json.stream as string;
  }
  async function visit(claims: Record<string, string>, restaurant: string, overall: number) {
    const res = await callApi('recordVisit', { params: { id: restaurant }, body: { visitedOn: new Date().toISOString().slice(0, 10), overall, factors: { food: overall } }, claims });
    expect(res.statusCode, JSON.stringify(res.json)).toBe(201);
    await deliverToProjections(res.json.stream);
    written.add(res.json.stream);
    return res.json.stream as string;
  }
  async function rate(claims: Record<string, string>, restaurant: string, stars: number) {
    const res = await callApi('rateRestaurant', { params: { id: restaurant }, body: { stars }, claims });
    expect(res.statusCode).toBe(201);
    await deliverToProjections(res.json.stream);
    written.add(res.json.stream);
    return res.json.stream as string;
  }

  it('needs a diner token', async () => {
    expect((await callApi('getRecommendations')).statusCode).toBe(401);
  });

  it('a registered diner with a stated taste gets nearby matches first, with reasons, featured false', async () => {
    const claims = newDiner();
    await register(claims, { displayName: 'Tess', cuisines: ['Thai'] });
    const items = await recommendations(claims);
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toMatchObject({ name: 'Bangkok Garden', featured: false });
    expect(items[0]!.reasons.join('; ')).toContain('matches your taste for Thai');
    for (const item of items) expect(item.distanceKm).toBeLessThanOrEqual(25);
  });

  it("follows the diner's real visits and ratings: never what they disliked, reasons from what they liked, and a correction changes it", async () => {
    const offset = (k: number) => ({ lat: makati.lat + 0.002 * k, lon: makati.lon });
    const tasca = await list({ name: 'Tasca Nova', cuisines: ['Portuguese'], priceRange: 2, location: offset(1) });
    const mar = await list({ name: 'Casa do Mar', cuisines: ['Seafood'], priceRange: 3, location: offset(2) });
    const toast = await list({ name: 'Burnt Toast', cuisines: ['Cafe'], priceRange: 1, location: offset(3) });
    // Diners who liked Tasca Nova also liked Casa do Mar; they all disliked Burnt Toast.
    for (let k = 0; k < 4; k++) {
      const other = newDiner();
      await register(other);
      await visit(other, tasca, 2);
      await visit(other, mar, 2);
      await rate(other, toast, 1);
    }
    const claims = newDiner();
    const me = await register(claims, { displayName: 'Ana' });
    const myVisit = await visit(claims, tasca, 2);
    const myRating = await rate(claims, toast, 2);

    const before = await recommendations(claims);
    const ids = before.map((i) => i.id);
    // Nothing the diner rated, liked or not.
    expect(ids).not.toContain(toast);
    expect(ids).not.toContain(tasca);
    const marBefore = before.find((i) => i.id === mar)!;
    expect(before[0]!.id).toBe(mar);
    expect(marBefore.reasons).toContain('diners who liked Tasca Nova also liked this');

    // Corrected: the visit to Tasca Nova was bad after all.
    const corrected = await callApi('correctVisit', { params: { id: myVisit }, body: { overall: 0 }, claims, headers: { 'if-match': '"1"' } });
    expect(corrected.statusCode).toBe(202);
    await deliverToProjections(myVisit);
    const after = await recommendations(claims);
    const marAfter = after.find((i) => i.id === mar);
    expect(marAfter?.reasons ?? []).not.toContain('diners who liked Tasca Nova also liked this');
    expect(after.flatMap((i) => i.reasons).join('; ')).not.toContain('Tasca Nova');
    expect(marAfter?.predictedRating ?? 0).toBeLessThan(marBefore.predictedRating);

    // Withdrawing the rating makes Burnt Toast a candidate again: the feedback is gone, not kept.
    const withdrawn = await callApi('withdrawRating', { params: { id: toast }, claims });
    expect(withdrawn.statusCode).toBe(202);
    await deliverToProjections(myRating);
    const signals = await api.deps().recommendationSignals.current();
    expect(signals.feedback.get(feedbackKey(me, toast))).toBeUndefined();
    expect(signals.feedback.get(feedbackKey(me, tasca))).toMatchObject({ dinerId: me, overall: 0 });
    // The sub never reaches the recommender: it knows the diner by stream only.
    expect([...signals.feedback.values()].some((f) => f.dinerId.includes(claims.sub))).toBe(false);

    // The live items are the rebuild of their streams, and the recommender's data is their fold.
    const items: [string, RecommendationSignal][] = [];
    for (const stream of written) {
      const folded = foldProjection(recommendationSignalProjection, await api.deps().events.readStream(stream));
      const stored = await api.deps().views.get<RecommendationSignal>(recommendationSignalProjection.name, stream);
      expect(stored?.view ?? null).toEqual(folded);
      if (folded) items.push([stream, folded]);
    }
    const rebuilt = signalsStateOf(items).data;
    const sorted = (m: ReadonlyMap<string, unknown>) => [...m].sort(([a], [b]) => a.localeCompare(b));
    expect(sorted(signals.feedback)).toEqual(sorted(rebuilt.feedback));
    expect(sorted(signals.preferences)).toEqual(sorted(rebuilt.preferences));
  });
});
