import type { RatingEventEnvelope } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { evolveRatingView, type RatingView } from './ratingView';

/**
 * One live rating's stars as a contribution item per rating stream, indexed by restaurant and
 * summed on read, for the reason restaurantVisitScoresProjection.ts gives.
 */
export const restaurantRatingStarsProjection: Projection<RatingView, RatingEventEnvelope> = {
  name: 'restaurantRatingStars',
  handles: ['RestaurantRated', 'RatingRevised', 'RatingWithdrawn'],
  initialView: () => null,
  evolve: evolveRatingView,
  indexKeys: (view) => ({ restaurant: view.restaurant }),
};
