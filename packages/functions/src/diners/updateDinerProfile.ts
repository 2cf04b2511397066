import type { IdempotencyStore } from '@forkcast/core';
import type { EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { updateDinerProfileRoute } from './dinersRoutes';
import { runDinersCommand } from './runDinersCommand';

/** PATCH /me (diner): changes the caller's profile; If-Match guards against lost updates. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(updateDinerProfileRoute, async (request) => {
  const { stream } = callerDiner(request);
  const result = await runDinersCommand(deps.events, request, { on: 'diner', stream, command: { type: 'UpdateDinerProfile', data: request.body } });
  return commandResponse(202, { id: stream, stream, version: result.version }, '/me');
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
