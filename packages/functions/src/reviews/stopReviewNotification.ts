import { ExecutionNotFoundError, type Workflows } from '@forkcast/core';
import type { ForkcastEnvelope } from '@forkcast/events';
import type { Observability } from '../http/observability';
import { reviewNotificationExecution } from './reviewNotificationExecution';

/**
 * On ReviewWithdrawn: stops the review's notification (ABORTED). Stopping a finished one does
 * nothing; one never started (the review was withdrawn first) has nothing to stop.
 */
export async function stopReviewNotification(deps: { workflows: Workflows }, event: ForkcastEnvelope, { logger }: Observability): Promise<{ stopped: boolean }> {
  try {
    await deps.workflows.stopExecution(reviewNotificationExecution(event.stream), 'ReviewWithdrawn', 'The author withdrew the review.');
    return { stopped: true };
  } catch (error) {
    if (!(error instanceof ExecutionNotFoundError)) throw error;
    logger.info('the review notification never started');
    return { stopped: false };
  }
}
