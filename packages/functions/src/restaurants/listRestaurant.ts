import { newRestaurantStream, restaurantStreamFor, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { listRestaurantRoute } from './restaurantsRoutes';
import { runRestaurantCommand } from './runRestaurantCommand';

/** POST /restaurants (staff): lists a new restaurant on a new stream. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(listRestaurantRoute, async (request) => {
  // A retried POST with the same Idempotency-Key must land on the same stream to be recognised.
  const stream = request.idempotencyKey
    ? restaurantStreamFor(`api:${request.actor?.id}`, request.idempotencyKey)
    : newRestaurantStream();
  const result = await runRestaurantCommand(deps.events, request, stream, { type: 'ListRestaurant', data: request.body });
  return commandResponse(201, { id: stream, stream, version: result.version }, `/restaurants/${stream}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
