import { dinerReviewsProjection, restaurantReviewsProjection } from '@forkcast/core';
import { subscribeProjection } from '../subscriptions/subscribe';

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
];
