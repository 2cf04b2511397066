import type { EventStore, IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantActing } from './restaurantActing';
import { restaurantStreamFromPath } from './restaurantStreamFromPath';
import { withdrawSpecialRoute } from './restaurantsRoutes';
import { runRestaurantCommand } from './runRestaurantCommand';

/** DELETE /restaurants/{id}/specials/{specialId} (owner or staff): takes a special down; an unknown one is a 404. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(withdrawSpecialRoute, async (request) => {
  const stream = restaurantStreamFromPath(request.params.id);
  const result = await runRestaurantCommand(deps.events, request, stream, { type: 'WithdrawSpecial', by: restaurantActing(request), specialId: request.params.specialId });
  return commandResponse(202, { id: request.params.specialId, stream, version: result.version });
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
