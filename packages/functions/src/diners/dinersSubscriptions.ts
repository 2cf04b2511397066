import {
  contestEntriesProjection, dinerInvitationsProjection, dinerProfileProjection, dinerRatingsProjection, dinerVisitsProjection, restaurantRatingStarsProjection, restaurantVisitScoresProjection,
} from '@forkcast/core';
import { subscribePolicy, subscribeProjection } from '../subscriptions/subscribe';

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

  subscribeProjection({
    id: 'diner-invitations',
    description: "Keeps each diner's invitations (GET /me/invitations) up to date.",
    projection: dinerInvitationsProjection,
    handler: 'diners/projectDinerInvitations',
  }),
  subscribeProjection({
    id: 'contest-entries',
    description: "Keeps each inviter's credited invitations and contest entries (GET /me/contest, POST /contest/draws) up to date.",
    projection: contestEntriesProjection,
    handler: 'diners/projectContestEntries',
  }),
  subscribePolicy({
    id: 'earn-contest-entry',
    description: "Credits the inviter's contest stream for each accepted invitation; every fifth earns an entry.",
    name: 'earnContestEntry',
    handles: ['InvitationAccepted'],
    handler: 'diners/earnContestEntry',
    needs: ['events:read', 'events:append'],
    emits: ['InvitationCredited', 'ContestEntryEarned'],
  }),
];
