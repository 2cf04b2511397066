import { describe, expect, it } from 'vitest';
import { trainRecommender } from './trainRecommender';
import { addFeedback, recommendationDataOf, removeFeedback } from './recommendationData';
import type { CatalogueRestaurant, Feedback } from './recommendationInputs';
import { recommendRestaurants } from './recommendRestaurants';

const lisbon = { lat: 38.72, lon: -9.14 };
const restaurants: CatalogueRestaurant[] = [
  { id: 'tasca', name: 'Tasca Nova', cuisines: ['Portuguese'], location: lisbon, priceRange: 2 },
  { id: 'mar', name: 'Casa do Mar', cuisines: ['Seafood'], location: { lat: 38.721, lon: -9.141 }, priceRange: 3 },
  { id: 'thai', name: 'Bangkok Lane', cuisines: ['Thai'], location: { lat: 38.725, lon: -9.145 }, priceRange: 2 },
  { id: 'far', name: 'Porto Grill', cuisines: ['Thai'], location: { lat: 41.15, lon: -8.61 }, priceRange: 2 },
  { id: 'bad', name: 'Burnt Toast', cuisines: ['Cafe'], location: lisbon, priceRange: 1 },
];
const at = '2026-01-01T00:00:00.000Z';
const fb = (dinerId: string, restaurantId: string, overall: number, service = overall): Feedback => ({ dinerId, restaurantId, overall, factors: { food: overall, service }, at });
// Diners who liked Tasca Nova also liked Casa do Mar; everyone dislikes Burnt Toast.
const feedback = [
  ...['d1', 'd2', 'd3', 'd4'].flatMap((d) => [fb(d, 'tasca', 2), fb(d, 'mar', 2, 2), fb(d, 'bad', 0)]),
  fb('d5', 'thai', 2), fb('d6', 'thai', 2), fb('d7', 'bad', 0), fb('me', 'tasca', 2), fb('me', 'bad', 0),
];
const data = () => recommendationDataOf({ feedback, preferences: [{ dinerId: 'new', cuisines: ['Thai'], homeLocation: lisbon }], restaurants });

describe('recommendRestaurants', () => {
  it('explains a neighbour-based pick in plain words and never offers what the diner rated, liked or not', () => {
    const picks = recommendRestaurants(trainRecommender(data()), { dinerId: 'me', near: lisbon, limit: 10 });
    expect(picks.map((p) => p.restaurantId)).not.toContain('bad');
    expect(picks.map((p) => p.restaurantId)).not.toContain('tasca');
    expect(picks[0]!.restaurantId).toBe('mar');
    expect(picks[0]!.reasons).toContain('diners who liked Tasca Nova also liked this');
    expect(picks.every((p) => p.featured === false)).toBe(true);
  });

  it('gives a new diner nearby places lifted by their stated cuisine, and says so', () => {
    const picks = recommendRestaurants(trainRecommender(data()), { dinerId: 'new', limit: 3, maxDistanceKm: 50 });
    expect(picks.map((p) => p.restaurantId)).not.toContain('far');
    const thai = picks.find((p) => p.restaurantId === 'thai')!;
    expect(thai.reasons.join('; ')).toContain('matches your taste for Thai');
  });

  it('recommends to a diner the log knows nothing about', () => {
    const picks = recommendRestaurants(trainRecommender(data()), { dinerId: 'stranger', limit: 2 });
    expect(picks).toHaveLength(2);
    expect(picks.every((p) => p.reasons.length > 0)).toBe(true);
  });

  it('adding then removing feedback gives back the same data', () => {
    const before = data();
    const after = removeFeedback(addFeedback(before, fb('me', 'mar', 1)), 'me', 'mar');
    expect([...after.feedback]).toEqual([...before.feedback]);
  });
});
