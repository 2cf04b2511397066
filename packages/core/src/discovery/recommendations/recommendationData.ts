import type { CatalogueRestaurant, DinerPreferences, Feedback } from './recommendationInputs';

/**
 * Everything the recommender knows, as folded from the log. Updates are pure (copy on write of
 * the touched map), so the same data comes from applying events as they arrive or by replaying
 * them, and the model is always `trainRecommender(data)`.
 */
export interface RecommendationData {
  /** Keyed by feedbackKey(dinerId, restaurantId). */
  feedback: ReadonlyMap<string, Feedback>;
  preferences: ReadonlyMap<string, DinerPreferences>;
  restaurants: ReadonlyMap<string, CatalogueRestaurant>;
}

export const emptyRecommendationData = (): RecommendationData => ({ feedback: new Map(), preferences: new Map(), restaurants: new Map() });

export const feedbackKey = (dinerId: string, restaurantId: string) => `${dinerId}\u0000${restaurantId}`;

function withEntry<V>(map: ReadonlyMap<string, V>, key: string, value: V | undefined): Map<string, V> {
  const next = new Map(map);
  if (value === undefined) next.delete(key);
  else next.set(key, value);
  return next;
}

/** Records (or replaces) a diner's opinion of a restaurant. */
export function addFeedback(data: RecommendationData, feedback: Feedback): RecommendationData {
  return { ...data, feedback: withEntry(data.feedback, feedbackKey(feedback.dinerId, feedback.restaurantId), feedback) };
}

/** Forgets a diner's opinion of a restaurant (a deleted visit, a withdrawn rating). */
export function removeFeedback(data: RecommendationData, dinerId: string, restaurantId: string): RecommendationData {
  return { ...data, feedback: withEntry(data.feedback, feedbackKey(dinerId, restaurantId), undefined) };
}

export function setPreferences(data: RecommendationData, preferences: DinerPreferences): RecommendationData {
  return { ...data, preferences: withEntry(data.preferences, preferences.dinerId, preferences) };
}

/** Adds or replaces a catalogue restaurant; `undefined` removes it (delisted). */
export function setRestaurant(data: RecommendationData, id: string, restaurant: CatalogueRestaurant | undefined): RecommendationData {
  return { ...data, restaurants: withEntry(data.restaurants, id, restaurant) };
}

/** Builds data in one pass (the evaluation's folds, a replay): the same result as adding one at a time. */
export function recommendationDataOf(input: {
  feedback: Iterable<Feedback>; preferences: Iterable<DinerPreferences>; restaurants: Iterable<CatalogueRestaurant>;
}): RecommendationData {
  return {
    feedback: new Map([...input.feedback].map((f) => [feedbackKey(f.dinerId, f.restaurantId), f])),
    preferences: new Map([...input.preferences].map((p) => [p.dinerId, p])),
    restaurants: new Map([...input.restaurants].map((r) => [r.id, r])),
  };
}
