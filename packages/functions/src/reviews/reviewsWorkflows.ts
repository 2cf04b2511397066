import type { Workflow } from '../workflows/workflow';

export const reviewNotificationWorkflow: Workflow = {
  name: 'review-notification',
  file: 'reviews/review-notification.asl.json',
  // Waits on a person (the restaurant answering) for up to two weeks: far past Express' 5 minutes.
  type: 'STANDARD',
  description: "Tells a review's restaurant (owner, else a known contact), waits for its answer, and tells the reviewer.",
  substitutions: {
    NotifyRestaurantFunctionArn: 'reviews/notifyRestaurantOfReview',
    AwaitReviewResponseFunctionArn: 'reviews/awaitReviewResponse',
    NotifyReviewerFunctionArn: 'reviews/notifyReviewerOfResponse',
    RecordReviewUnansweredFunctionArn: 'reviews/recordReviewUnanswered',
  },
  needs: {
    // Reads the review, the restaurant and the owner's diner stream; records the outcome. No mail
    // grant on AWS yet (app/aws/awsMailer.ts: MAIL_FROM is not set by the stacks until SES arrives).
    NotifyRestaurantFunctionArn: ['events:read', 'events:append'],
    AwaitReviewResponseFunctionArn: ['events:read', 'events:append'],
    NotifyReviewerFunctionArn: ['events:read', 'events:append'],
    RecordReviewUnansweredFunctionArn: ['events:read', 'events:append'],
  },
};

/** The reviews context's workflows. */
export const reviewsWorkflows = [reviewNotificationWorkflow];
