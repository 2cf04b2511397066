import type { z } from 'zod';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import type { delistRestaurantBody, delistRestaurantQuery, restaurantParams } from './restaurantRequests';
import { restaurantCommand } from './restaurantCommand';
import { restaurantStreamOf } from './restaurantStreamOf';

type Body = z.infer<typeof delistRestaurantBody>;
type Query = z.infer<typeof delistRestaurantQuery>;
type Params = z.infer<typeof restaurantParams>;

/** DELETE /restaurants/{id} (staff): delists; the reason may come in the body or the query. */
export const handler = httpHandler<Body, Query, Params>('delistRestaurant', async (request) => {
  const stream = restaurantStreamOf(request.params.id);
  const reason = request.body?.reason ?? request.query.reason ?? 'delisted by staff';
  const result = await restaurantCommand(request, stream, { type: 'DelistRestaurant', data: { reason } });
  return commandResponse(202, { id: stream, stream, version: result.version }, `/restaurants/${stream}`);
});
