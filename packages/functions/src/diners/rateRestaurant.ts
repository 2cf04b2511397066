import { ratingStreamFor, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantStreamFromPath } from '../restaurants/restaurantStreamFromPath';
import { callerDiner } from './callerDiner';
import { rateRestaurantRoute } from './dinersRoutes';
import { runDinersCommand } from './runDinersCommand';
import { visitFacts } from './visitFacts';

/** PUT /restaurants/{id}/rating (diner): the caller's one live rating of the restaurant; 201 the first time. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(rateRestaurantRoute, async (request) => {
  const restaurant = restaurantStreamFromPath(request.params.id);
  const { stream: diner } = callerDiner(request);
  const stream = ratingStreamFor(diner, restaurant);
  const facts = await visitFacts(deps.events, diner, restaurant);
  const result = await runDinersCommand(deps.events, request, {
    on: 'rating', stream,
    command: {
      type: 'RateRestaurant',
      data: { diner, restaurant, ...request.body },
      facts: { dinerRegistered: facts.dinerRegistered, restaurantListed: facts.restaurantListedOn !== undefined && !facts.restaurantDelisted },
    },
  });
  const created = result.event?.type === 'RestaurantRated';
  return commandResponse(created ? 201 : 202, { id: stream, stream, version: result.version }, `/restaurants/${restaurant}/rating`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
