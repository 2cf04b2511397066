import type { IdempotencyStore } from '@forkcast/core';
import type { EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { correctVisitRoute } from './dinersRoutes';
import { runDinersCommand } from './runDinersCommand';
import { visitFacts } from './visitFacts';
import { visitStreamFromPath } from './visitStreamFromPath';

/** PATCH /visits/{id} (diner): corrects one of the caller's visits; someone else's is 404. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(correctVisitRoute, async (request) => {
  const stream = visitStreamFromPath(request.params.id);
  const { stream: diner } = callerDiner(request);
  const [first] = await deps.events.readStream(stream, { toVersion: 1 });
  const restaurant = first?.type === 'VisitRecorded' ? first.data.restaurant : '';
  const facts = await visitFacts(deps.events, diner, restaurant);
  const result = await runDinersCommand(deps.events, request, { on: 'visit', stream, command: { type: 'CorrectVisit', by: diner, data: request.body, facts } });
  return commandResponse(202, { id: stream, stream, version: result.version }, `/visits/${stream}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
