import type { EventStore, IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantStreamFromPath } from './restaurantStreamFromPath';
import { correctRestaurantContactRoute } from './restaurantsRoutes';
import { runRestaurantCommand } from './runRestaurantCommand';

/** PATCH /restaurants/{id}/contacts/{contactId} (staff): corrects a contact; null clears the phone or the name. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(correctRestaurantContactRoute, async (request) => {
  const stream = restaurantStreamFromPath(request.params.id);
  const { contactId } = request.params;
  const result = await runRestaurantCommand(deps.events, request, stream, { type: 'CorrectRestaurantContact', data: { contactId, ...request.body } });
  return commandResponse(202, { id: contactId, stream, version: result.version }, `/restaurants/${stream}/contacts/${contactId}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
