import { ExecutionAlreadyExistsError, readState, reviewDecider, type EventStore, type Workflows } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsSettings } from '../app/aws/awsSettings';
import { awsWorkflows } from '../app/aws/awsWorkflows';
import type { Settings } from '../app/dependencies';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';
import { reviewNotificationExecution } from './reviewNotificationExecution';

/**
 * Policy on ReviewSubmitted: starts the review's notification, named after the review. Delivery is
 * at least once and a name is taken for good, so ExecutionAlreadyExists means it already started:
 * done. A review withdrawn before this runs starts nothing.
 */
export const build = (deps: { events: EventStore; workflows: Workflows; settings: Settings }) =>
  eventHandler('startReviewNotification', async (event, { logger }) => {
    const { state } = await readState(deps.events, reviewDecider, event.stream);
    if (state.status !== 'published') return { started: false };
    const { workflow, name } = reviewNotificationExecution(event.stream);
    const wait = deps.settings.reviewResponseWaitSeconds;
    try {
      await deps.workflows.startExecution(workflow, name, { review: event.stream, ...(wait ? { responseWaitSeconds: wait } : {}) });
      return { started: true };
    } catch (error) {
      if (!(error instanceof ExecutionAlreadyExistsError)) throw error;
      logger.info('the review notification had already started');
      return { started: false };
    }
  });
export const handler = onAws(() => build({ ...awsDynamoStores(), workflows: awsWorkflows(), settings: awsSettings() }));
