import { readState, reviewDecider, TaskTokenGoneError, type EventStore, type Workflows } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsWorkflows } from '../app/aws/awsWorkflows';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';

/**
 * Policy on ReviewResponded and ReviewResponseAwaited: once a review has both an answer and a
 * notification waiting for one, release the wait. Reacting to both covers both orders (the owner
 * may answer before the workflow starts to wait); a second release finds the token gone and is done.
 * The answer itself stays in the log: the next task reads it there, not from the execution.
 */
export const build = (deps: { events: EventStore; workflows: Workflows }) =>
  eventHandler('releaseReviewResponseWait', async (event, { logger }) => {
    const { state } = await readState(deps.events, reviewDecider, event.stream);
    const token = state.status === 'none' ? undefined : state.notification?.awaitingResponse;
    if (state.status === 'none' || !token || !state.response) return { released: false };
    try {
      await deps.workflows.sendTaskSuccess(token, { answered: true, respondedBy: state.response.respondedBy });
      return { released: true };
    } catch (error) {
      if (!(error instanceof TaskTokenGoneError)) throw error;
      logger.info('the wait was already released, has timed out or was stopped', { reason: error.reason });
      return { released: false };
    }
  });
export const handler = onAws(() => build({ ...awsDynamoStores(), workflows: awsWorkflows() }));
