import { ulid } from 'ulid';
import type { EventStore, IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantStreamFromPath } from './restaurantStreamFromPath';
import { addRestaurantContactRoute } from './restaurantsRoutes';
import { runRestaurantCommand } from './runRestaurantCommand';

/** POST /restaurants/{id}/contacts (staff): records whom to write to at the restaurant. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(addRestaurantContactRoute, async (request) => {
  const stream = restaurantStreamFromPath(request.params.id);
  const contactId = ulid();
  const result = await runRestaurantCommand(deps.events, request, stream, { type: 'AddRestaurantContact', data: { contactId, ...request.body } });
  // A retried request (same Idempotency-Key) answers with the contact it added the first time.
  const added = result.event?.type === 'RestaurantContactAdded' ? result.event.data.contactId : contactId;
  return commandResponse(201, { id: added, stream, version: result.version }, `/restaurants/${stream}/contacts/${added}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
