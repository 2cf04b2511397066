import { dinerReviewsProjection, restaurantReviewsProjection } from '@forkcast/core';
import { subscribePolicy, subscribeProjection } from '../subscriptions/subscribe';
import { reviewNotificationWorkflow } from './reviewsWorkflows';

const notification = reviewNotificationWorkflow.name;

/** The reviews context's bus subscriptions. */
export const reviewsSubscriptions = [
  subscribeProjection({
    id: 'restaurant-reviews',
    description: "Keeps each restaurant's published reviews (GET /restaurants/{id}/reviews, GET /reviews/{id}) up to date.",
    projection: restaurantReviewsProjection,
    handler: 'reviews/projectRestaurantReviews',
  }),
  subscribeProjection({
    id: 'diner-reviews',
    description: "Keeps each diner's published reviews (GET /me/reviews) up to date.",
    projection: dinerReviewsProjection,
    handler: 'reviews/projectDinerReviews',
  }),
  subscribePolicy({
    id: 'start-review-notification',
    description: "Starts each submitted review's notification (named after the review), which tells the restaurant and later the reviewer.",
    name: 'startReviewNotification',
    handles: ['ReviewSubmitted'],
    handler: 'reviews/startReviewNotification',
    needs: ['events:read', `execute:${notification}`],
  }),
  subscribePolicy({
    id: 'stop-review-notification',
    description: "Stops a withdrawn review's notification.",
    name: 'stopReviewNotification',
    handles: ['ReviewWithdrawn'],
    handler: 'reviews/stopReviewNotification',
    needs: [`execute:${notification}`],
  }),
  subscribePolicy({
    id: 'release-review-response-wait',
    description: "Releases a review's notification once the restaurant answered and the notification waits for it.",
    name: 'releaseReviewResponseWait',
    handles: ['ReviewResponded', 'ReviewResponseAwaited'],
    handler: 'reviews/releaseReviewResponseWait',
    needs: ['events:read', `callback:${notification}`],
  }),
];
