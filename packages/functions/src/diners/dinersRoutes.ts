import { defineRoute } from '../http/route';
import {
  commandAcceptedResponse, correctVisitBody, dinerProfileResponse, dinerRegisteredResponse, pageQuery, recordVisitBody, registerDinerBody,
  contestDrawResponse, contestResponse, drawContestBody, invitationPageResponse, invitationParams, invitationSentResponse, inviteFriendBody,
  rateRestaurantBody, ratingPageResponse, restaurantIdParams, restaurantRatingsResponse, updateDinerProfileBody, visitPageResponse, visitParams,
} from './dinerRequests';

export const registerDinerRoute = defineRoute({
  method: 'POST', path: '/me', operationId: 'registerDiner', summary: 'Register the caller as a diner (again with the same data: no-op)',
  auth: ['diner'], handler: 'diners/registerDiner', needs: ['events:read', 'events:append', 'idempotency'],
  request: { body: registerDinerBody }, response: dinerRegisteredResponse,
  emits: ['DinerRegistered'],
});

export const updateDinerProfileRoute = defineRoute({
  method: 'PATCH', path: '/me', operationId: 'updateDinerProfile', summary: "Change the caller's diner profile",
  auth: ['diner'], handler: 'diners/updateDinerProfile', needs: ['events:read', 'events:append', 'idempotency'],
  request: { body: updateDinerProfileBody }, response: commandAcceptedResponse,
  emits: ['DinerProfileUpdated'],
});

export const getMeRoute = defineRoute({
  method: 'GET', path: '/me', operationId: 'getMe', summary: "The caller's diner profile",
  auth: ['diner'], handler: 'diners/getMe', needs: ['views:read'], response: dinerProfileResponse,
});

export const recordVisitRoute = defineRoute({
  method: 'POST', path: '/restaurants/{id}/visits', operationId: 'recordVisit', summary: 'Record a visit to a restaurant',
  auth: ['diner'], handler: 'diners/recordVisit', needs: ['events:read', 'events:append', 'idempotency'],
  request: { body: recordVisitBody, params: restaurantIdParams }, response: commandAcceptedResponse,
  emits: ['VisitRecorded'],
});

export const correctVisitRoute = defineRoute({
  method: 'PATCH', path: '/visits/{id}', operationId: 'correctVisit', summary: 'Correct one of your visits',
  auth: ['diner'], handler: 'diners/correctVisit', needs: ['events:read', 'events:append', 'idempotency'],
  request: { body: correctVisitBody, params: visitParams }, response: commandAcceptedResponse,
  emits: ['VisitCorrected'],
});

export const deleteVisitRoute = defineRoute({
  method: 'DELETE', path: '/visits/{id}', operationId: 'deleteVisit', summary: 'Delete one of your visits',
  auth: ['diner'], handler: 'diners/deleteVisit', needs: ['events:read', 'events:append', 'idempotency'],
  request: { params: visitParams }, response: commandAcceptedResponse,
  emits: ['VisitDeleted'],
});

export const listMyVisitsRoute = defineRoute({
  method: 'GET', path: '/me/visits', operationId: 'listMyVisits', summary: "The caller's visits, by visit date",
  auth: ['diner'], handler: 'diners/listMyVisits', needs: ['views:read'],
  request: { query: pageQuery }, response: visitPageResponse,
});

export const getRestaurantRatingsRoute = defineRoute({
  method: 'GET', path: '/restaurants/{id}/ratings', operationId: 'getRestaurantRatings', summary: "A restaurant's visit score aggregates",
  auth: 'public', handler: 'diners/getRestaurantRatings', needs: ['views:read'],
  request: { params: restaurantIdParams }, response: restaurantRatingsResponse,
});

export const rateRestaurantRoute = defineRoute({
  method: 'PUT', path: '/restaurants/{id}/rating', operationId: 'rateRestaurant', summary: 'Rate a restaurant (again: revise your rating)',
  auth: ['diner'], handler: 'diners/rateRestaurant', needs: ['events:read', 'events:append', 'idempotency'],
  request: { body: rateRestaurantBody, params: restaurantIdParams }, response: commandAcceptedResponse,
  emits: ['RestaurantRated', 'RatingRevised'],
});

export const withdrawRatingRoute = defineRoute({
  method: 'DELETE', path: '/restaurants/{id}/rating', operationId: 'withdrawRating', summary: 'Withdraw your rating of a restaurant',
  auth: ['diner'], handler: 'diners/withdrawRating', needs: ['events:read', 'events:append', 'idempotency'],
  request: { params: restaurantIdParams }, response: commandAcceptedResponse,
  emits: ['RatingWithdrawn'],
});

export const listMyRatingsRoute = defineRoute({
  method: 'GET', path: '/me/ratings', operationId: 'listMyRatings', summary: "The caller's live ratings",
  auth: ['diner'], handler: 'diners/listMyRatings', needs: ['views:read'],
  request: { query: pageQuery }, response: ratingPageResponse,
});

export const inviteFriendRoute = defineRoute({
  method: 'POST', path: '/invitations', operationId: 'inviteFriend', summary: 'Invite a friend; returns the code',
  auth: ['diner'], handler: 'diners/inviteFriend', needs: ['events:read', 'events:append', 'idempotency'],
  request: { body: inviteFriendBody }, response: invitationSentResponse,
  emits: ['FriendInvited'],
});

export const acceptInvitationRoute = defineRoute({
  method: 'POST', path: '/invitations/{code}/accept', operationId: 'acceptInvitation', summary: 'Accept an invitation (newly registered diners)',
  auth: ['diner'], handler: 'diners/acceptInvitation', needs: ['events:read', 'events:append', 'idempotency'],
  request: { params: invitationParams }, response: commandAcceptedResponse,
  emits: ['InvitationAccepted'],
});

export const listMyInvitationsRoute = defineRoute({
  method: 'GET', path: '/me/invitations', operationId: 'listMyInvitations', summary: "The caller's invitations",
  auth: ['diner'], handler: 'diners/listMyInvitations', needs: ['views:read'],
  request: { query: pageQuery }, response: invitationPageResponse,
});

export const getMyContestRoute = defineRoute({
  method: 'GET', path: '/me/contest', operationId: 'getMyContest', summary: "The caller's accepted invitations and contest entries",
  auth: ['diner'], handler: 'diners/getMyContest', needs: ['views:read'], response: contestResponse,
});

export const drawContestWinnerRoute = defineRoute({
  method: 'POST', path: '/contest/draws', operationId: 'drawContestWinner', summary: 'Draw a contest winner from the entries, reproducibly',
  auth: ['staff'], handler: 'diners/drawContestWinner', needs: ['events:read', 'events:append', 'idempotency', 'views:read'],
  request: { body: drawContestBody }, response: contestDrawResponse,
  emits: ['ContestWinnerDrawn'],
});

/** The diners context's routes, in the order the OpenAPI document lists them. */
export const dinersRoutes = [
  registerDinerRoute, updateDinerProfileRoute, getMeRoute, recordVisitRoute, correctVisitRoute, deleteVisitRoute, listMyVisitsRoute,
  rateRestaurantRoute, withdrawRatingRoute, listMyRatingsRoute, getRestaurantRatingsRoute,
  inviteFriendRoute, acceptInvitationRoute, listMyInvitationsRoute, getMyContestRoute, drawContestWinnerRoute,
];
