import { DomainNotFoundError, dinerStreamFor, handleCommand, invitationDecider, invitationStream, isInvitationCode, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { acceptInvitationRoute } from './dinersRoutes';

/** POST /invitations/{code}/accept (diner): a diner who registered after the invitation accepts it, once. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(acceptInvitationRoute, async (request) => {
  if (!isInvitationCode(request.params.code)) throw new DomainNotFoundError('invitation-not-found', 'there is no such invitation');
  const stream = invitationStream(request.params.code);
  const { actor, stream: by } = callerDiner(request);
  const [registration] = await deps.events.readStream(dinerStreamFor(actor.id), { toVersion: 1 });
  const result = await handleCommand({
    store: deps.events, decider: invitationDecider, stream,
    command: { type: 'AcceptInvitation', by, facts: registration?.type === 'DinerRegistered' ? { registeredAt: registration.occurredAt } : {} },
    actor, correlationId: request.correlationId, expectedVersion: request.ifMatch, idempotencyKey: request.idempotencyKey,
  });
  return commandResponse(202, { id: stream, stream, version: result.version });
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
