import { DomainNotFoundError, handleCommand, reviewDecider, type CommandResult, type EventStore, type ReviewNotificationCommand } from '@forkcast/core';
import { ReviewNotFound } from './reviewNotFound';

/** Records one outcome of a review's notification on the review's stream, as the workflow (a system actor). */
export async function recordNotificationOutcome(events: EventStore, review: string, command: ReviewNotificationCommand): Promise<CommandResult> {
  try {
    return await handleCommand({
      store: events, decider: reviewDecider, stream: review, command,
      actor: { id: 'review-notification', role: 'system' },
      correlationId: review,
    });
  } catch (error) {
    if (error instanceof DomainNotFoundError) throw new ReviewNotFound(`There is no review ${review}.`);
    throw error;
  }
}
