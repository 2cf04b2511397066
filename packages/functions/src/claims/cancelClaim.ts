import type { EventStore, IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { unauthorized } from '../http/httpProblem';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { claimFromPath } from './claimFromPath';
import { cancelClaimRoute } from './claimsRoutes';
import { runClaimCommand } from './runClaimCommand';

/** POST /claims/{claimId}/cancellation (staff): records RestaurantClaimCancelled; stopCancelledOnboarding ends the execution. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(cancelClaimRoute, async (request) => {
  if (!request.actor) throw unauthorized('A bearer token is required.');
  const claimId = claimFromPath(request.params.claimId);
  const reason = request.body?.reason;
  const result = await runClaimCommand(deps.events, claimId, { type: 'CancelClaim', data: reason ? { reason } : {} }, {
    actor: request.actor, correlationId: request.correlationId, idempotencyKey: request.idempotencyKey,
  });
  return commandResponse(202, { id: claimId, stream: result.stream, version: result.version });
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
