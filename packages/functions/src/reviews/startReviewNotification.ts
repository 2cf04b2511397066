import { ExecutionAlreadyExistsError, readState, reviewDecider, type EventStore, type Workflows } from '@forkcast/core';
import type { ForkcastEnvelope } from '@forkcast/events';
import type { Settings } from '../app/dependencies';
import type { Observability } from '../http/observability';
import { reviewNotificationExecution } from './reviewNotificationExecution';

/**
 * On ReviewSubmitted: starts the review's notification, named after the review. Delivery is
 * at least once and a name is taken for good, so ExecutionAlreadyExists means it already started:
 * done. A review withdrawn before this runs starts nothing.
 */
export async function startReviewNotification(
  deps: { events: EventStore; workflows: Workflows; settings: Settings }, event: ForkcastEnvelope, { logger }: Observability,
): Promise<{ started: boolean }> {
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
}
