import { recommendationSignalProjection, restaurantSearchProjection } from '@forkcast/core';
import { subscribeProjection } from '../subscriptions/subscribe';

/** The discovery context's bus subscriptions. */
export const discoverySubscriptions = [
  subscribeProjection({
    id: 'restaurant-search',
    description: 'Keeps the restaurant search index (GET /restaurants/search) and the recommender catalogue up to date.',
    projection: restaurantSearchProjection,
    handler: 'discovery/projectRestaurantSearch',
    // It rewrites the index snapshot after each change.
    alsoNeeds: ['snapshots:read', 'snapshots:write'],
    // The snapshot is one object rewritten by read-modify-write: concurrent runs would lose writes.
    serial: true,
  }),
  subscribeProjection({
    id: 'recommendation-signals',
    description: 'Feeds the recommender (GET /me/recommendations) with the diners\' visits, ratings, reviews and stated tastes.',
    projection: recommendationSignalProjection,
    handler: 'discovery/projectRecommendationSignals',
    // It rewrites the signals snapshot after each change.
    alsoNeeds: ['snapshots:read', 'snapshots:write'],
    // One snapshot object rewritten by read-modify-write, like the search index: one writer at a time.
    serial: true,
  }),
];
