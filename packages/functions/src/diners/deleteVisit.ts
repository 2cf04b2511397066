import { dinerDecider, readState, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { deleteVisitRoute } from './dinersRoutes';
import { runDinersCommand } from './runDinersCommand';
import { visitStreamFromPath } from './visitStreamFromPath';

/** DELETE /visits/{id} (diner): deletes one of the caller's visits; someone else's is 404. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(deleteVisitRoute, async (request) => {
  const stream = visitStreamFromPath(request.params.id);
  const { stream: diner } = callerDiner(request);
  const { state } = await readState(deps.events, dinerDecider, diner);
  const result = await runDinersCommand(deps.events, request, {
    on: 'visit', stream, command: { type: 'DeleteVisit', by: diner, facts: { dinerRegistered: state.status === 'registered' } },
  });
  return commandResponse(202, { id: stream, stream, version: result.version }, `/visits/${stream}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
