import { listOwnedRestaurants, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { callerDiner } from '../diners/callerDiner';
import { httpHandler } from '../http/httpHandler';
import { weakViewResponse } from '../http/responses';
import { listMyRestaurantsRoute } from './restaurantsRoutes';

/** GET /me/restaurants: the restaurants the caller's diner stream owns (none: an empty list). */
export const build = (deps: { views: ViewStore }) => httpHandler(listMyRestaurantsRoute, async (request) => {
  const { stream } = callerDiner(request);
  const page = await listOwnedRestaurants(deps.views, stream, request.query);
  const items = page.items.map(({ owner: _owner, ...item }) => item);
  return weakViewResponse(request.event, { items, ...(page.cursor ? { cursor: page.cursor } : {}) });
});
export const handler = onAws(() => build(awsDynamoStores()));
