import { listRestaurantsByCity, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { weakViewResponse } from '../http/responses';
import { listRestaurantsByCityRoute } from './restaurantsRoutes';

/** GET /restaurants?city=&limit=&cursor= (public): one page of the by-city view. */
export const build = (deps: { views: ViewStore }) => httpHandler(listRestaurantsByCityRoute, async (request) => {
  const { city, limit, cursor } = request.query;
  // A foreign or forged cursor is a 400 from the shared error mapping.
  const page = await listRestaurantsByCity(deps.views, city, { limit, cursor });
  return weakViewResponse(request.event, page);
});
export const handler = onAws(() => build(awsDynamoStores()));
