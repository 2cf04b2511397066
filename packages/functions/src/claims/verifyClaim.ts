import { LinkTokenError, verifyClaimPurpose, verifyLinkToken, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsLinkSecret } from '../app/aws/awsLinkSecret';
import { onAws } from '../app/onAws';
import { forbidden, HttpProblem } from '../http/httpProblem';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { claimFromPath } from './claimFromPath';
import { verifyClaimRoute } from './claimsRoutes';
import { runClaimCommand } from './runClaimCommand';

/**
 * POST /claims/{claimId}/verification (public, the signed token is the credential): records
 * RestaurantClaimVerified; the policy releaseClaimVerification lets the onboarding go on.
 */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore; linkSecret: string }) => httpHandler(verifyClaimRoute, async (request) => {
  const claimId = claimFromPath(request.params.claimId);
  try {
    const { subject } = await verifyLinkToken(deps.linkSecret, request.body.token, verifyClaimPurpose);
    if (subject !== claimId) throw new LinkTokenError('invalid');
  } catch (error) {
    if (!(error instanceof LinkTokenError)) throw error;
    if (error.reason === 'expired') throw new HttpProblem(410, 'link-expired', 'Gone', 'The verification link has expired.');
    throw forbidden('The verification link is not valid for this claim.');
  }
  const result = await runClaimCommand(deps.events, claimId, { type: 'VerifyClaim' }, {
    actor: { id: 'verification-link', role: 'system' }, correlationId: request.correlationId, idempotencyKey: request.idempotencyKey,
  });
  return commandResponse(202, { id: claimId, stream: result.stream, version: result.version });
}, deps);
export const handler = onAws(async () => build({ ...awsDynamoStores(), linkSecret: await awsLinkSecret() }));
