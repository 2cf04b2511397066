import { ulid } from 'ulid';
import type { EventStore, IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantActing } from './restaurantActing';
import { restaurantStreamFromPath } from './restaurantStreamFromPath';
import { postSpecialRoute } from './restaurantsRoutes';
import { runRestaurantCommand } from './runRestaurantCommand';

/** POST /restaurants/{id}/specials (owner or staff): posts a special; the server names it. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore; clock?: () => Date }) => httpHandler(postSpecialRoute, async (request) => {
  const stream = restaurantStreamFromPath(request.params.id);
  const specialId = ulid();
  const now = (deps.clock ?? (() => new Date()))().toISOString();
  const result = await runRestaurantCommand(deps.events, request, stream, {
    type: 'PostSpecial', by: restaurantActing(request), data: { specialId, ...request.body }, now,
  });
  return commandResponse(201, { id: specialId, stream, version: result.version }, `/restaurants/${stream}/specials/${specialId}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
