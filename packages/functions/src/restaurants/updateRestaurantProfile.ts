import type { EventStore, IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantActing } from './restaurantActing';
import { restaurantStreamFromPath } from './restaurantStreamFromPath';
import { updateRestaurantProfileRoute } from './restaurantsRoutes';
import { runRestaurantCommand } from './runRestaurantCommand';

/** PATCH /restaurants/{id} (staff; the owner for menu link, hours, description, photos): changes profile fields; If-Match guards against lost updates. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(updateRestaurantProfileRoute, async (request) => {
  const stream = restaurantStreamFromPath(request.params.id);
  const result = await runRestaurantCommand(deps.events, request, stream, { type: 'UpdateRestaurantProfile', data: request.body, by: restaurantActing(request) });
  return commandResponse(202, { id: stream, stream, version: result.version }, `/restaurants/${stream}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
