import { readState, reviewDecider, TaskTokenGoneError, type EventStore, type Workflows } from '@forkcast/core';
import type { ForkcastEnvelope } from '@forkcast/events';
import type { Observability } from '../http/observability';

/**
 * On ReviewResponded and ReviewResponseAwaited: once a review has both an answer and a
 * notification waiting for one, release the wait. Reacting to both covers both orders (the owner
 * may answer before the workflow starts to wait); a second release finds the token gone and is done.
 * The answer itself stays in the log: the next task reads it there, not from the execution.
 */
export async function releaseReviewResponseWait(
  deps: { events: EventStore; workflows: Workflows }, event: ForkcastEnvelope, { logger }: Observability,
): Promise<{ released: boolean }> {
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
}
