import type { ReviewEventEnvelope } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import { evolveReviewView, newestFirst, type ReviewView } from './reviewView';

/** GET /me/reviews: one item per review, by author, newest first. */
export const dinerReviewsProjection: Projection<ReviewView, ReviewEventEnvelope> = {
  name: 'dinerReviews',
  handles: ['ReviewSubmitted', 'ReviewEdited', 'ReviewWithdrawn', 'ReviewShared', 'ReviewResponded', 'ReviewResponseEdited'],
  initialView: () => null,
  evolve: evolveReviewView,
  indexKeys: (view) => ({ author: view.author }),
  indexSort: newestFirst,
};
