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
    id: 'follow-review-notification',
    description: "Drives each review's notification (named after the review): starts it when submitted, stops it when withdrawn, releases its wait once the restaurant answered.",
    name: 'followReviewNotification',
    handles: ['ReviewSubmitted', 'ReviewWithdrawn', 'ReviewResponded', 'ReviewResponseAwaited'],
    handler: 'reviews/followReviewNotification',
    needs: ['events:read', `run:${notification}`, `callback:${notification}`],
  }),
];
