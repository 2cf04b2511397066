import type { RatingEventEnvelope } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { evolveRatingView, type RatingView } from './ratingView';

/** GET /me/ratings: one item per rating stream, indexed by diner. */
export const dinerRatingsProjection: Projection<RatingView, RatingEventEnvelope> = {
  name: 'dinerRatings',
  handles: ['RestaurantRated', 'RatingRevised', 'RatingWithdrawn'],
  initialView: () => null,
  evolve: evolveRatingView,
  indexKeys: (view) => ({ diner: view.diner }),
};
