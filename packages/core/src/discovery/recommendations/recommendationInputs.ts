/**
 * What the recommender learns from, in domain-neutral terms, so the model does not depend on the
 * shape of diner events (feedbackFromSignals.ts adapts them) and the offline evaluation can feed
 * it the UCI data set through the same code.
 */

/** Scores on the 0..2 scale a visit records (0 bad, 1 fine, 2 good). */
export type Score = 0 | 1 | 2;

export const factorNames = ['food', 'service', 'wait', 'price', 'menu'] as const;
export type FactorName = (typeof factorNames)[number];
export type FactorScores = Partial<Record<FactorName, number>>;

/** One diner's current opinion of one restaurant: the latest visit, rating or review folded in. */
export interface Feedback {
  dinerId: string;
  restaurantId: string;
  /** 0..2. */
  overall: number;
  factors?: FactorScores;
  /** 1..5, from a rating or review. */
  stars?: number;
  /** ISO timestamp of the latest change. */
  at: string;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface DinerPreferences {
  dinerId: string;
  cuisines: string[];
  homeLocation?: GeoPoint;
}

/** A restaurant of the catalogue as the recommender sees it. */
export interface CatalogueRestaurant {
  id: string;
  name: string;
  cuisines: string[];
  location?: GeoPoint;
  /** 1..4. */
  priceRange?: number;
}
