import { reviewNotificationWorkflow } from './reviewsWorkflows';

/** A review's notification is named after the review (`review-<ULID>`), so staff find it and a stop needs no lookup. */
export function reviewNotificationExecution(review: string): { workflow: string; name: string } {
  return { workflow: reviewNotificationWorkflow.name, name: review };
}
