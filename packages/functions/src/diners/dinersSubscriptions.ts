import {
  dinerProfileProjection, dinerRatingsProjection, dinerVisitsProjection, restaurantRatingStarsProjection, restaurantVisitScoresProjection,
} from '@forkcast/core';
import { subscribeProjection } from '../subscriptions/subscribe';

/** The diners context's bus subscriptions; each pattern is derived from what its projection handles. */
export const dinersSubscriptions = [
  subscribeProjection({
    id: 'diner-profile',
    description: 'Keeps the diner profile view (GET /me) up to date.',
    projection: dinerProfileProjection,
    handler: 'diners/projectDinerProfile',
  }),
  subscribeProjection({
    id: 'diner-visits',
    description: "Keeps each diner's list of visits (GET /me/visits) up to date.",
    projection: dinerVisitsProjection,
    handler: 'diners/projectDinerVisits',
  }),
  subscribeProjection({
    id: 'restaurant-visit-scores',
    description: "Keeps each visit's contribution to its restaurant's aggregates (GET /restaurants/{id}/ratings).",
    projection: restaurantVisitScoresProjection,
    handler: 'diners/projectRestaurantVisitScores',
  }),

  subscribeProjection({
    id: 'diner-ratings',
    description: "Keeps each diner's list of live ratings (GET /me/ratings) up to date.",
    projection: dinerRatingsProjection,
    handler: 'diners/projectDinerRatings',
  }),
  subscribeProjection({
    id: 'restaurant-rating-stars',
    description: "Keeps each live rating's contribution to its restaurant's stars (GET /restaurants/{id}/ratings).",
    projection: restaurantRatingStarsProjection,
    handler: 'diners/projectRestaurantRatingStars',
  }),
];
