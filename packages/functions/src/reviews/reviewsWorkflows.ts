import type { Workflow } from '../workflows/workflow';

export const reviewNotificationWorkflow: Workflow = {
  name: 'review-notification',
  file: 'reviews/review-notification.asl.json',
  // Waits on a person (the restaurant answering) for up to two weeks: far past Express' 5 minutes.
  type: 'STANDARD',
  emits: ['ReviewOwnerNotified', 'ReviewForwardedToRestaurant', 'ReviewNotificationUndeliverable', 'ReviewResponseAwaited', 'ReviewerNotifiedOfResponse', 'ReviewUnanswered'],
  description: "Tells a review's restaurant (owner, else a known contact), waits for its answer, and tells the reviewer.",
  substitutions: {
    NotifyRestaurantFunctionArn: 'reviews/notifyRestaurantOfReview',
    AwaitReviewResponseFunctionArn: 'reviews/awaitReviewResponse',
    NotifyReviewerFunctionArn: 'reviews/notifyReviewerOfResponse',
    RecordReviewUnansweredFunctionArn: 'reviews/recordReviewUnanswered',
  },
  needs: {
    // Reads the review, the restaurant and the owner's diner stream, mails the owner (or a contact,
    // with a signed claim link), records the outcome.
    NotifyRestaurantFunctionArn: ['events:read', 'events:append', 'site:url', 'mail:send', 'links:sign'],
    AwaitReviewResponseFunctionArn: ['events:read', 'events:append'],
    NotifyReviewerFunctionArn: ['events:read', 'events:append', 'site:url', 'mail:send'],
    RecordReviewUnansweredFunctionArn: ['events:read', 'events:append'],
  },
};

/** The reviews context's workflows. */
export const reviewsWorkflows = [reviewNotificationWorkflow];
