import { dinerDecider, ratingStreamFor, readState, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantStreamFromPath } from '../restaurants/restaurantStreamFromPath';
import { callerDiner } from './callerDiner';
import { withdrawRatingRoute } from './dinersRoutes';
import { runDinersCommand } from './runDinersCommand';

/** DELETE /restaurants/{id}/rating (diner): withdraws the caller's live rating (404 without one). */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(withdrawRatingRoute, async (request) => {
  const restaurant = restaurantStreamFromPath(request.params.id);
  const { stream: diner } = callerDiner(request);
  const { state } = await readState(deps.events, dinerDecider, diner);
  const stream = ratingStreamFor(diner, restaurant);
  const result = await runDinersCommand(deps.events, request, {
    on: 'rating', stream, command: { type: 'WithdrawRating', facts: { dinerRegistered: state.status === 'registered' } },
  });
  return commandResponse(202, { id: stream, stream, version: result.version }, `/restaurants/${restaurant}/rating`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
