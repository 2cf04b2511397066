import { visitFactorNames, type VisitFactor } from '@forkcast/events';
import type { StoredView, ViewStore } from '../../projections/viewStore';
import { dinerProfileProjection, type DinerProfileView } from './dinerProfileProjection';
import { dinerVisitsProjection } from './dinerVisitsProjection';
import { restaurantVisitScoresProjection, type VisitScoresView } from './restaurantVisitScoresProjection';
import { aggregateScores, type ScoreAggregate } from './scoreAggregate';
import type { VisitView } from './visitView';
import { dinerRatingsProjection } from './dinerRatingsProjection';
import { restaurantRatingStarsProjection } from './restaurantRatingStarsProjection';
import type { RatingView } from './ratingView';

export async function getDinerProfile(views: ViewStore, dinerStream: string): Promise<StoredView<DinerProfileView> | undefined> {
  const stored = await views.get<DinerProfileView>(dinerProfileProjection.name, dinerStream);
  return stored?.view ? stored : undefined;
}

/** A visit as its diner's list holds it (for GET by id and ownership checks). */
export async function getVisit(views: ViewStore, visitStream: string): Promise<StoredView<VisitView> | undefined> {
  const stored = await views.get<VisitView>(dinerVisitsProjection.name, visitStream);
  return stored?.view ? stored : undefined;
}

export interface VisitPage {
  items: VisitView[];
  cursor?: string;
}

/** A diner's visits by visit date, a page at a time (limit 1-100, default 20). */
export async function listDinerVisits(views: ViewStore, dinerStream: string, options: { limit?: number; cursor?: string } = {}): Promise<VisitPage> {
  const limit = Math.min(100, Math.max(1, options.limit ?? 20));
  const page = await views.query<VisitView>(dinerVisitsProjection.name, 'diner', dinerStream, { limit, cursor: options.cursor });
  return { items: page.items.flatMap((i) => (i.view ? [i.view] : [])), cursor: page.cursor };
}

/** GET /restaurants/{id}/ratings: each visit measure over the restaurant's live visits. */
export interface RestaurantRatings {
  restaurant: string;
  /** Quick ratings (1-5), one live per diner. */
  stars: ScoreAggregate;
  visits: number;
  overall: ScoreAggregate;
  factors: Record<VisitFactor, ScoreAggregate>;
}

const visitScale = [0, 1, 2] as const;

const starScale = [1, 2, 3, 4, 5] as const;

/** Every contribution item of a restaurant in a per-source projection. */
async function contributionsOf<View>(views: ViewStore, projection: string, restaurant: string): Promise<View[]> {
  const out: View[] = [];
  let cursor: string | undefined;
  do {
    const page = await views.query<View>(projection, 'restaurant', restaurant, { limit: 100, cursor });
    for (const item of page.items) if (item.view) out.push(item.view);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

/** A diner's live ratings, a page at a time. */
export async function listDinerRatings(views: ViewStore, dinerStream: string, options: { limit?: number; cursor?: string } = {}): Promise<{ items: RatingView[]; cursor?: string }> {
  const limit = Math.min(100, Math.max(1, options.limit ?? 20));
  const page = await views.query<RatingView>(dinerRatingsProjection.name, 'diner', dinerStream, { limit, cursor: options.cursor });
  return { items: page.items.flatMap((i) => (i.view ? [i.view] : [])), cursor: page.cursor };
}

/** Sums the per-visit contributions (see restaurantVisitScoresProjection.ts for why on read). */
export function restaurantRatingsOf(restaurant: string, contributions: readonly VisitScoresView[], ratings: readonly Pick<RatingView, 'stars'>[] = []): RestaurantRatings {
  const factor = (name: VisitFactor) =>
    aggregateScores(contributions.flatMap((c) => (c.factors[name] === undefined ? [] : [c.factors[name]!])), visitScale);
  return {
    restaurant,
    stars: aggregateScores(ratings.map((r) => r.stars), starScale),
    visits: contributions.length,
    overall: aggregateScores(contributions.map((c) => c.overall), visitScale),
    factors: Object.fromEntries(visitFactorNames.map((f) => [f, factor(f)])) as Record<VisitFactor, ScoreAggregate>,
  };
}

export async function getRestaurantRatings(views: ViewStore, restaurant: string): Promise<RestaurantRatings> {
  const [visits, ratings] = await Promise.all([
    contributionsOf<VisitScoresView>(views, restaurantVisitScoresProjection.name, restaurant),
    contributionsOf<RatingView>(views, restaurantRatingStarsProjection.name, restaurant),
  ]);
  return restaurantRatingsOf(restaurant, visits, ratings);
}
