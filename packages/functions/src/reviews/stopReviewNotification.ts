import { ExecutionNotFoundError, type Workflows } from '@forkcast/core';
import { awsWorkflows } from '../app/aws/awsWorkflows';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';
import { reviewNotificationExecution } from './reviewNotificationExecution';

/**
 * Policy on ReviewWithdrawn: stops the review's notification (ABORTED). Stopping a finished one does
 * nothing; one never started (the review was withdrawn first) has nothing to stop.
 */
export const build = (deps: { workflows: Workflows }) =>
  eventHandler('stopReviewNotification', async (event, { logger }) => {
    try {
      await deps.workflows.stopExecution(reviewNotificationExecution(event.stream), 'ReviewWithdrawn', 'The author withdrew the review.');
      return { stopped: true };
    } catch (error) {
      if (!(error instanceof ExecutionNotFoundError)) throw error;
      logger.info('the review notification never started');
      return { stopped: false };
    }
  });
export const handler = onAws(() => build({ workflows: awsWorkflows() }));
