import type { z } from 'zod';
import type { RestaurantProfileUpdatedData } from '@forkcast/events';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import type { restaurantParams, updateRestaurantProfileBody } from './restaurantRequests';
import { restaurantCommand } from './restaurantCommand';
import { restaurantStreamOf } from './restaurantStreamOf';

type Body = z.infer<typeof updateRestaurantProfileBody>;
type Params = z.infer<typeof restaurantParams>;

/** PATCH /restaurants/{id} (staff): changes profile fields; If-Match guards against lost updates. */
export const handler = httpHandler<Body, unknown, Params>('updateRestaurantProfile', async (request) => {
  const stream = restaurantStreamOf(request.params.id);
  const result = await restaurantCommand(request, stream, { type: 'UpdateRestaurantProfile', data: request.body as RestaurantProfileUpdatedData });
  return commandResponse(202, { id: stream, stream, version: result.version }, `/restaurants/${stream}`);
});
