import type { RecommenderModel } from './trainRecommender';

export interface RatingPrediction {
  /** 0..2. */
  rating: number;
  /** The rated restaurants that moved the prediction most, strongest first. */
  becauseOf: { restaurantId: string; contribution: number }[];
  cuisineMatch?: string;
}

/** Which of the restaurant's cuisines the diner stated or showed (by liking it) a taste for. */
export function matchingCuisine(model: RecommenderModel, dinerId: string, restaurantId: string): string | undefined {
  const cuisines = model.data.restaurants.get(restaurantId)?.cuisines ?? [];
  const stated = new Set(model.data.preferences.get(dinerId)?.cuisines ?? []);
  const liked = model.likedCuisines.get(dinerId);
  return cuisines.find((c) => stated.has(c)) ?? cuisines.find((c) => liked?.has(c));
}

/**
 * mu + b_u + b_i, plus the similarity-weighted residuals of the diner's ratings of the most similar
 * restaurants, plus a little for a cuisine they like; clamped to the 0..2 scale.
 */
export function predictRating(model: RecommenderModel, dinerId: string, restaurantId: string): RatingPrediction {
  const userBias = model.userBias.get(dinerId) ?? 0;
  const baselineOf = (id: string) => model.globalMean + userBias + (model.itemBias.get(id) ?? 0);
  let rating = baselineOf(restaurantId);
  const rated = model.byUser.get(dinerId);
  const becauseOf: RatingPrediction['becauseOf'] = [];
  if (rated) {
    let weighted = 0;
    let weights = 0;
    let used = 0;
    for (const n of model.neighbours.get(restaurantId) ?? []) {
      if (used >= model.options.neighbours || n.similarity <= 0) break;
      const f = rated.get(n.restaurantId);
      if (!f) continue;
      const residual = f.overall - baselineOf(n.restaurantId);
      weighted += n.similarity * residual;
      weights += n.similarity;
      used++;
      becauseOf.push({ restaurantId: n.restaurantId, contribution: n.similarity * residual });
    }
    // +1 damps a prediction resting on one weak neighbour.
    if (weights > 0) rating += weighted / (weights + 1);
  }
  const cuisineMatch = matchingCuisine(model, dinerId, restaurantId);
  if (cuisineMatch) rating += model.options.cuisineWeight;
  becauseOf.sort((a, b) => b.contribution - a.contribution);
  return { rating: Math.min(2, Math.max(0, rating)), becauseOf, cuisineMatch };
}

/** The calibrated yes/no: would this diner recommend this restaurant? */
export function wouldRecommend(model: RecommenderModel, dinerId: string, restaurantId: string): boolean {
  return predictRating(model, dinerId, restaurantId).rating >= model.recommendThreshold;
}
