import { haversineKm } from '../haversineKm';
import type { GeoPoint } from './recommendationInputs';
import { predictRating } from './predictRating';
import type { RecommenderModel } from './fitRecommender';

export interface Recommendation {
  restaurantId: string;
  score: number;
  predictedRating: number;
  distanceKm?: number;
  /** Plain words a diner reads: why this one. */
  reasons: string[];
  /** Paid promotion; never changes the order. */
  featured: false;
}

export interface RecommendationRequest {
  dinerId: string;
  /** Where the diner is now; falls back to their home location. */
  near?: GeoPoint;
  limit: number;
  /** Restaurants farther than this are not candidates when a location is known. */
  maxDistanceKm?: number;
}

/** Distance (km) at which proximity weighs half as much as next door. */
const halfDistanceKm = 2;
const popularityWeight = 0.3;
const proximityWeight = 1.5;
const ratingWeight = 0.5;
const coVisitWeight = 4;
/** A stated cuisine carries the list of a diner with fewer than `coldStartRatings` ratings. */
const tasteWeight = 0.6;
const coldStartRatings = 3;

const factorWords: Record<string, string> = { food: 'good food', service: 'good service', wait: 'short waits', price: 'good value', menu: 'a good menu' };

function reasonsFor(model: RecommenderModel, dinerId: string, restaurantId: string, prediction: ReturnType<typeof predictRating>, distanceKm?: number): string[] {
  const reasons: string[] = [];
  const liked = prediction.becauseOf.find((b) => b.contribution > 0 && (model.byUser.get(dinerId)?.get(b.restaurantId)?.overall ?? 0) >= 2);
  if (liked) {
    const name = model.data.restaurants.get(liked.restaurantId)?.name ?? 'a place you liked';
    reasons.push(`diners who liked ${name} also liked this`);
  }
  const profile = model.factorProfile.get(restaurantId) ?? {};
  const strong = Object.entries(profile).filter(([, v]) => (v ?? 0) >= 1.5).map(([k]) => factorWords[k]!).filter(Boolean);
  const taste = prediction.cuisineMatch ? `matches your taste for ${prediction.cuisineMatch.replaceAll('_', ' ')}` : undefined;
  const detail = [...strong.slice(0, 2), taste].filter(Boolean).join(', ');
  if (detail) reasons.push(detail);
  if ((model.itemBias.get(restaurantId) ?? 0) > 0.1 && (model.ratingCount.get(restaurantId) ?? 0) >= 3) reasons.push('diners rate it above average');
  if (distanceKm !== undefined && distanceKm < 2) reasons.push(`${distanceKm < 1 ? 'under 1 km' : `${distanceKm.toFixed(1)} km`} from you`);
  if (reasons.length === 0) reasons.push('popular with diners');
  return reasons;
}

/**
 * The diner's next places: restaurants they have not rated, scored by their predicted rating,
 * how many diners go there and how near it is. A new diner (no ratings) gets the popular places
 * near them, lifted by their stated cuisines; nothing they rated, so nothing they disliked.
 */
export function recommendRestaurants(model: RecommenderModel, request: RecommendationRequest): Recommendation[] {
  const rated = model.byUser.get(request.dinerId);
  const near = request.near ?? model.data.preferences.get(request.dinerId)?.homeLocation;
  const maxCount = Math.max(1, ...model.ratingCount.values());
  const scored: Recommendation[] = [];
  for (const restaurant of model.data.restaurants.values()) {
    if (rated?.has(restaurant.id)) continue;
    const distanceKm = near && restaurant.location ? haversineKm(near, restaurant.location) : undefined;
    if (distanceKm !== undefined && request.maxDistanceKm !== undefined && distanceKm > request.maxDistanceKm) continue;
    const prediction = predictRating(model, request.dinerId, restaurant.id);
    const popularity = Math.log1p(model.ratingCount.get(restaurant.id) ?? 0) / Math.log1p(maxCount);
    const proximity = distanceKm === undefined ? 0 : halfDistanceKm / (halfDistanceKm + distanceKm);
    let coVisit = 0;
    const row = model.coVisits.get(restaurant.id);
    if (row && rated) for (const id of rated.keys()) coVisit += row.get(id) ?? 0;
    coVisit /= Math.max(1, rated?.size ?? 0) * 9;
    const taste = prediction.cuisineMatch && (rated?.size ?? 0) < coldStartRatings ? 1 : 0;
    const score = tasteWeight * taste + coVisitWeight * coVisit + ratingWeight * (prediction.rating / 2) + popularityWeight * popularity + proximityWeight * proximity;
    scored.push({
      restaurantId: restaurant.id, score, predictedRating: prediction.rating, distanceKm,
      reasons: [], featured: false,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.restaurantId.localeCompare(b.restaurantId));
  return scored.slice(0, request.limit).map((r) => ({
    ...r, reasons: reasonsFor(model, request.dinerId, r.restaurantId, predictRating(model, request.dinerId, r.restaurantId), r.distanceKm),
  }));
}
