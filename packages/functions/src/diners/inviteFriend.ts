import { dinerDecider, handleCommand, invitationCodeFor, invitationDecider, invitationStream, newInvitationCode, readState, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { entityTag } from '../http/entityTag';
import { jsonResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { inviteFriendRoute } from './dinersRoutes';

/** POST /invitations (diner): records the invitation on `invitation-<code>` and answers the code. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(inviteFriendRoute, async (request) => {
  const { actor, stream: inviter } = callerDiner(request);
  // A retried POST with the same Idempotency-Key must land on the same stream to be recognised.
  const code = request.idempotencyKey ? invitationCodeFor(inviter, request.idempotencyKey) : newInvitationCode();
  const stream = invitationStream(code);
  const { state } = await readState(deps.events, dinerDecider, inviter);
  const result = await handleCommand({
    store: deps.events, decider: invitationDecider, stream,
    command: { type: 'InviteFriend', data: { inviter, email: request.body.email, sentAt: new Date().toISOString() }, facts: { dinerRegistered: state.status === 'registered' } },
    actor, correlationId: request.correlationId, idempotencyKey: request.idempotencyKey,
  });
  return jsonResponse(201, { id: stream, stream, version: result.version, code }, { etag: entityTag(result.version) });
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
