import { listDinerReviews, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { callerDiner } from '../diners/callerDiner';
import { listMyReviewsRoute } from './reviewsRoutes';
import { reviewPageResponse } from './reviewPageResponse';

/** GET /me/reviews?limit=&cursor= (diner): the caller's published reviews, newest first. */
export const build = (deps: { views: ViewStore }) => httpHandler(listMyReviewsRoute, async (request) => {
  const { stream } = callerDiner(request);
  return reviewPageResponse(request.event, () => listDinerReviews(deps.views, stream, request.query));
});
export const handler = onAws(() => build(awsDynamoStores()));
