/**
 * THE adapter from diner events to the recommender's inputs. It was written before the diner events
 * existed: the shapes below are the ones it assumes (local types, not imports), and nothing maps the
 * real envelopes (packages/events/src/diners, reviews) onto them yet. That mapping belongs here.
 * Assumed: every envelope names its diner (`dinerId`, from the stream) and a time; visit events
 * carry `visitId`, ratings `ratingId`, reviews `reviewId` (the corrections name no restaurant).
 */
import type { DinerPreferences, FactorScores, Feedback, GeoPoint } from './recommendations/recommendationInputs';
import { addFeedback, removeFeedback, setPreferences, type RecommendationData } from './recommendations/recommendationData';

interface Assumed<T extends string, D> { type: T; dinerId: string; time: string; data: D }
export type AssumedDinerEvent =
  | Assumed<'VisitRecorded', { visitId: string; restaurantId: string; visitedOn: string; overall: number; factors?: FactorScores }>
  | Assumed<'VisitCorrected', { visitId: string; restaurantId?: string; visitedOn?: string; overall?: number; factors?: FactorScores }>
  | Assumed<'VisitDeleted', { visitId: string }>
  | Assumed<'RestaurantRated', { ratingId: string; restaurantId: string; stars: number }>
  | Assumed<'RatingRevised', { ratingId: string; stars: number }>
  | Assumed<'RatingWithdrawn', { ratingId: string }>
  | Assumed<'ReviewSubmitted', { reviewId: string; restaurantId: string; stars: number }>
  | Assumed<'ReviewWithdrawn', { reviewId: string }>
  | Assumed<'DinerRegistered' | 'DinerProfileUpdated', { cuisines?: string[]; homeLocation?: GeoPoint | null }>;

interface Visit { dinerId: string; restaurantId: string; visitedOn: string; overall: number; factors?: FactorScores; at: string }
interface Stars { dinerId: string; restaurantId: string; stars: number; at: string }

/** What the adapter must remember to turn the next event into feedback: the live visits, ratings and reviews. */
export interface DinerSignals {
  visits: ReadonlyMap<string, Visit>;
  ratings: ReadonlyMap<string, Stars>;
  reviews: ReadonlyMap<string, Stars>;
  preferences: ReadonlyMap<string, DinerPreferences>;
}

export const emptyDinerSignals = (): DinerSignals => ({ visits: new Map(), ratings: new Map(), reviews: new Map(), preferences: new Map() });

const put = <V>(m: ReadonlyMap<string, V>, k: string, v: V | undefined) => {
  const next = new Map(m);
  if (v === undefined) next.delete(k); else next.set(k, v);
  return next;
};

/** Stars without a visit: 4-5 liked (2), 3 fine (1), 1-2 disliked (0). */
export const overallOfStars = (stars: number) => (stars >= 4 ? 2 : stars === 3 ? 1 : 0);

/** The diner's current opinion of a restaurant: their latest live visit, with the rating's (else the review's) stars. */
export function feedbackOf(signals: DinerSignals, dinerId: string, restaurantId: string): Feedback | undefined {
  const mine = <T extends { dinerId: string; restaurantId: string }>(m: ReadonlyMap<string, T>) =>
    [...m.values()].filter((v) => v.dinerId === dinerId && v.restaurantId === restaurantId);
  const visit = mine(signals.visits).sort((a, b) => b.visitedOn.localeCompare(a.visitedOn) || b.at.localeCompare(a.at))[0];
  const stars = mine(signals.ratings).sort((a, b) => b.at.localeCompare(a.at))[0] ?? mine(signals.reviews).sort((a, b) => b.at.localeCompare(a.at))[0];
  if (!visit && !stars) return undefined;
  const at = [visit?.at, stars?.at].filter(Boolean).sort().at(-1)!;
  return {
    dinerId, restaurantId, at,
    overall: visit ? visit.overall : overallOfStars(stars!.stars),
    ...(visit?.factors ? { factors: visit.factors } : {}),
    ...(stars ? { stars: stars.stars } : {}),
  };
}

/** Which (diner, restaurant) pair an event touches, read before the event is applied (a delete forgets it). */
function pairOf(signals: DinerSignals, event: AssumedDinerEvent): [string, string][] {
  switch (event.type) {
    case 'VisitRecorded': case 'RestaurantRated': case 'ReviewSubmitted': return [[event.dinerId, event.data.restaurantId]];
    case 'VisitCorrected': {
      const before = signals.visits.get(event.data.visitId);
      return [before?.restaurantId, event.data.restaurantId].filter((r): r is string => !!r).map((r) => [event.dinerId, r]);
    }
    case 'VisitDeleted': { const v = signals.visits.get(event.data.visitId); return v ? [[v.dinerId, v.restaurantId]] : []; }
    case 'RatingRevised': case 'RatingWithdrawn': { const v = signals.ratings.get(event.data.ratingId); return v ? [[v.dinerId, v.restaurantId]] : []; }
    case 'ReviewWithdrawn': { const v = signals.reviews.get(event.data.reviewId); return v ? [[v.dinerId, v.restaurantId]] : []; }
    default: return [];
  }
}

function applySignals(signals: DinerSignals, event: AssumedDinerEvent): DinerSignals {
  const { dinerId, time: at } = event;
  switch (event.type) {
    case 'VisitRecorded': return { ...signals, visits: put(signals.visits, event.data.visitId, { dinerId, at, ...event.data }) };
    case 'VisitCorrected': {
      const before = signals.visits.get(event.data.visitId);
      if (!before) return signals;
      const changes = Object.fromEntries(Object.entries(event.data).filter(([, v]) => v !== undefined));
      return { ...signals, visits: put(signals.visits, event.data.visitId, { ...before, ...changes, factors: { ...before.factors, ...event.data.factors }, at }) };
    }
    case 'VisitDeleted': return { ...signals, visits: put(signals.visits, event.data.visitId, undefined) };
    case 'RestaurantRated': return { ...signals, ratings: put(signals.ratings, event.data.ratingId, { dinerId, at, restaurantId: event.data.restaurantId, stars: event.data.stars }) };
    case 'RatingRevised': {
      const before = signals.ratings.get(event.data.ratingId);
      return before ? { ...signals, ratings: put(signals.ratings, event.data.ratingId, { ...before, stars: event.data.stars, at }) } : signals;
    }
    case 'RatingWithdrawn': return { ...signals, ratings: put(signals.ratings, event.data.ratingId, undefined) };
    case 'ReviewSubmitted': return { ...signals, reviews: put(signals.reviews, event.data.reviewId, { dinerId, at, restaurantId: event.data.restaurantId, stars: event.data.stars }) };
    case 'ReviewWithdrawn': return { ...signals, reviews: put(signals.reviews, event.data.reviewId, undefined) };
    case 'DinerRegistered': case 'DinerProfileUpdated': {
      const before = signals.preferences.get(dinerId) ?? { dinerId, cuisines: [] };
      const homeLocation = event.data.homeLocation === null ? undefined : (event.data.homeLocation ?? before.homeLocation);
      const next: DinerPreferences = { dinerId, cuisines: event.data.cuisines ?? before.cuisines, ...(homeLocation ? { homeLocation } : {}) };
      return { ...signals, preferences: put(signals.preferences, dinerId, next) };
    }
  }
}

/**
 * Applies one diner event to both the adapter's memory and the recommender's data: the touched
 * pairs' feedback is recomputed from the signals, so live updates and a replay agree.
 */
export function applyDinerEvent(state: { signals: DinerSignals; data: RecommendationData }, event: AssumedDinerEvent) {
  const pairs = pairOf(state.signals, event);
  const signals = applySignals(state.signals, event);
  let data = state.data;
  for (const [dinerId, restaurantId] of pairs) {
    const feedback = feedbackOf(signals, dinerId, restaurantId);
    data = feedback ? addFeedback(data, feedback) : removeFeedback(data, dinerId, restaurantId);
  }
  const preferences = signals.preferences.get(event.dinerId);
  if (preferences && preferences !== state.signals.preferences.get(event.dinerId)) data = setPreferences(data, preferences);
  return { signals, data };
}
