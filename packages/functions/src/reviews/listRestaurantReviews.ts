import { listRestaurantReviews, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { restaurantStreamFromPath } from '../restaurants/restaurantStreamFromPath';
import { listRestaurantReviewsRoute } from './reviewsRoutes';
import { reviewPageResponse } from './reviewPageResponse';

/** GET /restaurants/{id}/reviews?limit=&cursor= (public): published reviews, newest first. */
export const build = (deps: { views: ViewStore }) => httpHandler(listRestaurantReviewsRoute, async (request) => {
  const restaurant = restaurantStreamFromPath(request.params.id);
  return reviewPageResponse(request.event, () => listRestaurantReviews(deps.views, restaurant, request.query));
});
export const handler = onAws(() => build(awsDynamoStores()));
