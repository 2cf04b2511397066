import { defineRoute } from '../http/route';
import {
  commandAcceptedResponse, editReviewBody, respondToReviewBody, idParams, reviewPageQuery, reviewPageResponse, reviewSharedResponse, reviewWithVersionResponse,
  shareReviewBody, submitReviewBody,
} from './reviewRequests';

export const submitReviewRoute = defineRoute({
  method: 'POST', path: '/restaurants/{id}/reviews', operationId: 'submitReview', summary: 'Review a restaurant',
  auth: ['diner'], handler: 'reviews/submitReview', needs: ['events:read', 'events:append', 'idempotency'],
  request: { body: submitReviewBody, params: idParams }, response: commandAcceptedResponse,
});

export const editReviewRoute = defineRoute({
  method: 'PATCH', path: '/reviews/{id}', operationId: 'editReview', summary: 'Edit your review',
  auth: ['diner'], handler: 'reviews/editReview', needs: ['events:read', 'events:append', 'idempotency'],
  request: { body: editReviewBody, params: idParams }, response: commandAcceptedResponse,
});

export const withdrawReviewRoute = defineRoute({
  method: 'DELETE', path: '/reviews/{id}', operationId: 'withdrawReview', summary: 'Withdraw your review',
  auth: ['diner'], handler: 'reviews/withdrawReview', needs: ['events:read', 'events:append', 'idempotency'],
  request: { params: idParams }, response: commandAcceptedResponse,
});

export const getReviewRoute = defineRoute({
  method: 'GET', path: '/reviews/{id}', operationId: 'getReview', summary: 'A published review',
  auth: 'public', handler: 'reviews/getReview', needs: ['views:read'],
  request: { params: idParams }, response: reviewWithVersionResponse,
});

export const listRestaurantReviewsRoute = defineRoute({
  method: 'GET', path: '/restaurants/{id}/reviews', operationId: 'listRestaurantReviews', summary: "A restaurant's reviews, newest first",
  auth: 'public', handler: 'reviews/listRestaurantReviews', needs: ['views:read'],
  request: { params: idParams, query: reviewPageQuery }, response: reviewPageResponse,
});

export const listMyReviewsRoute = defineRoute({
  method: 'GET', path: '/me/reviews', operationId: 'listMyReviews', summary: "The caller's reviews, newest first",
  auth: ['diner'], handler: 'reviews/listMyReviews', needs: ['views:read'],
  request: { query: reviewPageQuery }, response: reviewPageResponse,
});

export const shareReviewRoute = defineRoute({
  method: 'POST', path: '/reviews/{id}/shares', operationId: 'shareReview', summary: 'Share a review; returns the share URL with your referral code',
  auth: ['diner'], handler: 'reviews/shareReview', needs: ['events:read', 'events:append', 'idempotency', 'site:url'],
  request: { body: shareReviewBody, params: idParams }, response: reviewSharedResponse,
});

export const respondToReviewRoute = defineRoute({
  method: 'PUT', path: '/reviews/{id}/response', operationId: 'respondToReview', summary: "Answer a review for its restaurant (its owner or staff; again: rewrite the answer)",
  // Any signed-in caller passes the role check; the decider admits only the restaurant's owner or staff (403).
  auth: ['staff', 'owner', 'diner'], handler: 'reviews/respondToReview', needs: ['events:read', 'events:append', 'idempotency'],
  request: { body: respondToReviewBody, params: idParams }, response: commandAcceptedResponse,
});

/** The reviews context's routes, in the order the OpenAPI document lists them. */
export const reviewsRoutes = [
  submitReviewRoute, editReviewRoute, withdrawReviewRoute, getReviewRoute, listRestaurantReviewsRoute, listMyReviewsRoute, shareReviewRoute, respondToReviewRoute,
];
