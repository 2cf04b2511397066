import type { EventStore, IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantStreamFromPath } from './restaurantStreamFromPath';
import { delistRestaurantRoute } from './restaurantsRoutes';
import { runRestaurantCommand } from './runRestaurantCommand';

/** DELETE /restaurants/{id} (staff): delists; the reason may come in the body or the query. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(delistRestaurantRoute, async (request) => {
  const stream = restaurantStreamFromPath(request.params.id);
  const reason = request.body?.reason ?? request.query.reason ?? 'delisted by staff';
  const result = await runRestaurantCommand(deps.events, request, stream, { type: 'DelistRestaurant', data: { reason } });
  return commandResponse(202, { id: stream, stream, version: result.version }, `/restaurants/${stream}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
