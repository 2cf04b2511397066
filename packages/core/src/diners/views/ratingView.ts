import type { RatingEventEnvelope, RestaurantRatedData } from '@forkcast/events';
import { evolveRating } from '../ratingState';

/** A live rating as its views show it; null once withdrawn. */
export type RatingView = RestaurantRatedData & { id: string; ratedAt: string; updatedAt: string };

/** The evolve both rating projections share; the decider's evolve applies the revision. */
export function evolveRatingView(view: RatingView | null, event: RatingEventEnvelope): RatingView | null {
  switch (event.type) {
    case 'RestaurantRated':
      return { ...event.data, id: event.stream, ratedAt: event.occurredAt, updatedAt: event.occurredAt };
    case 'RatingRevised': {
      if (!view) return null;
      const { id, ratedAt, updatedAt: _u, ...rating } = view;
      const next = evolveRating({ status: 'live', rating }, event);
      return next.status === 'live' ? { ...next.rating, id, ratedAt, updatedAt: event.occurredAt } : null;
    }
    case 'RatingWithdrawn':
      return null;
  }
}
