import { derivedId, newVisitStream, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantStreamFromPath } from '../restaurants/restaurantStreamFromPath';
import { callerDiner } from './callerDiner';
import { recordVisitRoute } from './dinersRoutes';
import { runDinersCommand } from './runDinersCommand';
import { visitFacts } from './visitFacts';

/** POST /restaurants/{id}/visits (diner): records a visit of the caller on a new visit stream. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(recordVisitRoute, async (request) => {
  const restaurant = restaurantStreamFromPath(request.params.id);
  const { stream: diner } = callerDiner(request);
  // A retried POST with the same Idempotency-Key must land on the same stream to be recognised.
  const stream = request.idempotencyKey ? `visit-${derivedId(['visit', diner, request.idempotencyKey])}` : newVisitStream();
  const facts = await visitFacts(deps.events, diner, restaurant);
  const result = await runDinersCommand(deps.events, request, {
    on: 'visit', stream, command: { type: 'RecordVisit', data: { ...request.body, diner, restaurant }, facts },
  });
  return commandResponse(201, { id: stream, stream, version: result.version }, `/visits/${stream}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
