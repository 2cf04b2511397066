import { claimIdOf, ExecutionNotFoundError, type EventStore, type Workflows } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsWorkflows } from '../app/aws/awsWorkflows';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';
import { readClaim } from './readClaim';

/** Policy on RestaurantClaimCancelled: ends the claim's onboarding (ABORTED). Stopping an ended one does nothing. */
export const build = (deps: { events: EventStore; workflows: Workflows }) =>
  eventHandler('stopCancelledOnboarding', async (event) => {
    const claim = await readClaim(deps.events, claimIdOf(event.stream));
    try {
      const { executionArn } = await deps.workflows.describeExecution({ workflow: 'restaurant-onboarding', name: claim.execution });
      await deps.workflows.stopExecution(executionArn, 'ClaimCancelled', 'Staff cancelled the claim.');
      return { stopped: true };
    } catch (error) {
      if (error instanceof ExecutionNotFoundError) return { stopped: false };
      throw error;
    }
  });
export const handler = onAws(() => build({ ...awsDynamoStores(), workflows: awsWorkflows() }));
