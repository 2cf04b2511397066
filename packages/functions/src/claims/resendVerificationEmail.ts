import { claimDecider, claimStreamOf, DomainError, DomainNotFoundError, readState, type EventStore, type IdempotencyStore, type Mailer } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { publicSiteUrlFromEnvironment } from '../app/aws/awsEnvironment';
import { awsLinkSecret } from '../app/aws/awsLinkSecret';
import { awsMailer } from '../app/aws/awsMailer';
import { onAws } from '../app/onAws';
import { unauthorized } from '../http/httpProblem';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { claimFromPath } from './claimFromPath';
import { resendVerificationEmailRoute } from './claimsRoutes';
import { mailVerificationLink } from './mailVerificationLink';
import { readClaimedRestaurant, restaurantContactOf } from './readClaim';
import { runClaimCommand } from './runClaimCommand';

const notAwaiting = (phase: string) => new DomainError('claim-not-awaiting-verification', `a claim that is ${phase} has no verification link to send again`);

/**
 * POST /claims/{claimId}/verification-email (staff): mails the verification link again to the
 * contact it went to, then records RestaurantClaimVerificationResent. The new link ends when the
 * first one does: the onboarding waits no longer than that, so a later link could never be redeemed.
 */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore; mailer: Mailer; linkSecret: string; publicSiteUrl: string }) =>
  httpHandler(resendVerificationEmailRoute, async (request) => {
    if (!request.actor) throw unauthorized('A bearer token is required.');
    const claimId = claimFromPath(request.params.claimId);
    const { state: claim, version } = await readState(deps.events, claimDecider, claimStreamOf(claimId));
    if (claim.phase === 'unknown') throw new DomainNotFoundError('claim-not-found', 'there is no such claim');
    // The decider refuses this too, but only after the email would have gone out.
    if (claim.phase !== 'awaiting-verification' || !claim.verificationExpiresAt) throw notAwaiting(claim.phase);
    const now = new Date();
    const expiresInSeconds = Math.floor((Date.parse(claim.verificationExpiresAt) - now.getTime()) / 1000);
    if (expiresInSeconds <= 0) throw new DomainError('verification-link-expired', 'the verification link has expired; the claim expires with it');
    const contact = restaurantContactOf(await readClaimedRestaurant(deps.events, claim), claim.contactId);
    if (!contact) throw new DomainError('restaurant-has-no-contact', 'the restaurant has no contact to write to');
    // Keyed by the claim's next version: a retry after a failed append sends nothing twice.
    await mailVerificationLink(deps, {
      claimId, restaurantName: claim.restaurantName, to: contact.email, expiresInSeconds, now, sendKey: `${claim.execution}-verification-resent-${version + 1}`,
    });
    const result = await runClaimCommand(deps.events, claimId, {
      type: 'RecordVerificationResent', data: { contactId: contact.contactId, expiresAt: claim.verificationExpiresAt },
    }, { actor: request.actor, correlationId: request.correlationId, idempotencyKey: request.idempotencyKey });
    return commandResponse(202, { id: claimId, stream: result.stream, version: result.version });
  }, deps);
export const handler = onAws(async () => build({ ...awsDynamoStores(), mailer: awsMailer(), linkSecret: await awsLinkSecret(), publicSiteUrl: publicSiteUrlFromEnvironment() }));
