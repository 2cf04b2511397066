import type { RecommenderModel } from './fitRecommender';

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

/** Pseudo-counts of the prior in the like/dislike odds. */
const userPrior = 1;
const itemPrior = 4;
const itemOddsWeight = 0.5;

function logOdds(counts: readonly [number, number, number] | undefined, shares: readonly [number, number, number], prior: number): number {
  const [n0, , n2] = counts ?? [0, 0, 0];
  return Math.log((n2 + prior * shares[2] + 1e-3) / (n0 + prior * shares[0] + 1e-3));
}

/**
 * What the yes/no is decided on: the odds that this diner liked (2) rather than disliked (0) a
 * place, from their own ratings and the restaurant's (each shrunk to the overall shares), plus the
 * predicted rating. Separating liked from disliked is the question; the 1s carry no vote.
 */
export function recommendScore(model: RecommenderModel, dinerId: string, restaurantId: string): number {
  return logOdds(model.userScores.get(dinerId), model.scoreShares, userPrior)
    + itemOddsWeight * logOdds(model.itemScores.get(restaurantId), model.scoreShares, itemPrior)
    + predictRating(model, dinerId, restaurantId).rating;
}

/** The calibrated yes/no: would this diner recommend this restaurant? */
export function wouldRecommend(model: RecommenderModel, dinerId: string, restaurantId: string): boolean {
  return recommendScore(model, dinerId, restaurantId) >= model.recommendThreshold;
}
