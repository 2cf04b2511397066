import { newRestaurantStream, restaurantStreamFor } from '@forkcast/core';
import type { z } from 'zod';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import type { listRestaurantBody } from './restaurantRequests';
import { restaurantCommand } from './restaurantCommand';

/** POST /restaurants (staff): lists a new restaurant on a new stream. */
export const handler = httpHandler<z.infer<typeof listRestaurantBody>>('listRestaurant', async (request) => {
  // A retried POST with the same Idempotency-Key must land on the same stream to be recognised.
  const stream = request.idempotencyKey
    ? restaurantStreamFor(`api:${request.actor?.id}`, request.idempotencyKey)
    : newRestaurantStream();
  const result = await restaurantCommand(request, stream, { type: 'ListRestaurant', data: request.body });
  return commandResponse(201, { id: stream, stream, version: result.version }, `/restaurants/${stream}`);
});
