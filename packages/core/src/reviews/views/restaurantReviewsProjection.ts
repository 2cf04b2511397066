import type { ReviewEventEnvelope } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { evolveReviewView, newestFirst, type ReviewView } from './reviewView';

/** GET /restaurants/{id}/reviews and GET /reviews/{id}: one item per review, by restaurant, newest first. */
export const restaurantReviewsProjection: Projection<ReviewView, ReviewEventEnvelope> = {
  name: 'restaurantReviews',
  handles: ['ReviewSubmitted', 'ReviewEdited', 'ReviewWithdrawn', 'ReviewShared', 'ReviewResponded', 'ReviewResponseEdited'],
  initialView: () => null,
  evolve: evolveReviewView,
  indexKeys: (view) => ({ restaurant: view.restaurant }),
  indexSort: newestFirst,
};
