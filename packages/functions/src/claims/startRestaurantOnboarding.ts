import { claimIdOf, defaultOnboardingTimings, ExecutionAlreadyExistsError, type Workflows } from '@forkcast/core';
import { awsSettings } from '../app/aws/awsSettings';
import { awsWorkflows } from '../app/aws/awsWorkflows';
import type { Settings } from '../app/dependencies';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';

/**
 * Policy on RestaurantClaimRequested: starts the claim's onboarding under its name. A redelivery
 * finds the name taken, which is the start having happened.
 */
export const build = (deps: { workflows: Workflows; settings: Settings }) =>
  eventHandler('startRestaurantOnboarding', async (event, { logger }) => {
    if (event.type !== 'RestaurantClaimRequested') return { started: false };
    const claimId = claimIdOf(event.stream);
    const input = { claimId, restaurant: event.data.restaurant, timings: { ...defaultOnboardingTimings, ...deps.settings.onboarding } };
    try {
      await deps.workflows.startExecution('restaurant-onboarding', event.data.execution, input);
      return { started: true };
    } catch (error) {
      if (!(error instanceof ExecutionAlreadyExistsError)) throw error;
      logger.info('the onboarding had already started', { execution: event.data.execution });
      return { started: false };
    }
  });
export const handler = onAws(() => build({ workflows: awsWorkflows(), settings: awsSettings() }));
