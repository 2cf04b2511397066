import { countRestaurantReviews, getRestaurantRatings, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { weakViewResponse } from '../http/responses';
import { restaurantStreamFromPath } from '../restaurants/restaurantStreamFromPath';
import { getRestaurantRatingsRoute } from './dinersRoutes';

/** GET /restaurants/{id}/ratings (public): stars and visit score aggregates, summed from per-source items, and the review count. */
export const build = (deps: { views: ViewStore }) => httpHandler(getRestaurantRatingsRoute, async (request) => {
  const restaurant = restaurantStreamFromPath(request.params.id);
  const [scores, reviews] = await Promise.all([getRestaurantRatings(deps.views, restaurant), countRestaurantReviews(deps.views, restaurant)]);
  const ratings = { ...scores, reviews };
  return weakViewResponse(request.event, ratings);
});
export const handler = onAws(() => build(awsDynamoStores()));
