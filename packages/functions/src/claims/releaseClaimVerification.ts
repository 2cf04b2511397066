import { claimIdOf, type EventStore, type Workflows } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsWorkflows } from '../app/aws/awsWorkflows';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';
import { readClaim } from './readClaim';
import { releaseTask } from './releaseTask';

/**
 * Policy on RestaurantClaimVerified and RestaurantClaimVerificationAwaited: once a claim is
 * verified and its onboarding waits for that, release the wait. Both events, so either order works
 * (the contact may follow the link before the workflow records its token).
 */
export const build = (deps: { events: EventStore; workflows: Workflows }) =>
  eventHandler('releaseClaimVerification', async (event) => {
    const claim = await readClaim(deps.events, claimIdOf(event.stream));
    if (claim.phase !== 'verified' || !claim.verificationToken) return { released: false };
    return { released: await releaseTask(deps.workflows, claim.verificationToken, { verified: true }) };
  });
export const handler = onAws(() => build({ ...awsDynamoStores(), workflows: awsWorkflows() }));
