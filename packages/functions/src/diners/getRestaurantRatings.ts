import { createHash } from 'node:crypto';
import { countRestaurantReviews, getRestaurantRatings, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { viewResponse } from '../http/responses';
import { restaurantStreamFromPath } from '../restaurants/restaurantStreamFromPath';
import { getRestaurantRatingsRoute } from './dinersRoutes';

/** GET /restaurants/{id}/ratings (public): stars and visit score aggregates, summed from per-source items, and the review count. */
export const build = (deps: { views: ViewStore }) => httpHandler(getRestaurantRatingsRoute, async (request) => {
  const restaurant = restaurantStreamFromPath(request.params.id);
  const [scores, reviews] = await Promise.all([getRestaurantRatings(deps.views, restaurant), countRestaurantReviews(deps.views, restaurant)]);
  const ratings = { ...scores, reviews };
  const etag = `W/"${createHash('sha256').update(JSON.stringify(ratings)).digest('base64url').slice(0, 22)}"`;
  return viewResponse(request.event, ratings, etag);
});
export const handler = onAws(() => build(awsDynamoStores()));
