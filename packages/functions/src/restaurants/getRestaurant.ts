import { getRestaurantProfile, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { notFound } from '../http/httpProblem';
import { viewResponse } from '../http/responses';
import { restaurantStreamFromPath } from './restaurantStreamFromPath';
import { getRestaurantRoute } from './restaurantsRoutes';

/** GET /restaurants/{id} (public): the profile view, with the stream version as ETag. */
export const build = (deps: { views: ViewStore }) => httpHandler(getRestaurantRoute, async (request) => {
  const stream = restaurantStreamFromPath(request.params.id);
  const stored = await getRestaurantProfile(deps.views, stream);
  if (!stored?.view) throw notFound(`There is no restaurant ${stream}.`);
  return viewResponse(request.event, { ...stored.view, version: stored.version }, stored.version);
});
export const handler = onAws(() => build(awsDynamoStores()));
