import { commandNeeds } from '../app/handlerNeeds';
import { defineRoute } from '../http/route';
import { restaurantParams } from '../restaurants/restaurantRequests';
import {
  cancelClaimBody, claimAcceptedResponse, claimParams, listOnboardingsQuery, onboardingPageResponse, onboardingResponse, requestClaimBody,
  requestClaimResponse, resendVerificationEmailBody, verifyClaimBody,
} from './claimsRequests';

export const requestClaimRoute = defineRoute({
  method: 'POST', path: '/restaurants/{id}/claims', operationId: 'requestClaim', summary: 'Claim a restaurant as its owner (starts its onboarding)',
  auth: ['diner'], handler: 'claims/requestClaim', needs: [...commandNeeds, 'links:sign'],
  request: { body: requestClaimBody, params: restaurantParams }, response: requestClaimResponse,
  emits: ['RestaurantClaimRequested'],
});

export const verifyClaimRoute = defineRoute({
  method: 'POST', path: '/claims/{claimId}/verification', operationId: 'verifyClaim', summary: "Redeem a claim's emailed verification link",
  // The signed token is the credential: whoever reads the restaurant's mailbox vouches for the claim.
  auth: 'public', handler: 'claims/verifyClaim', needs: [...commandNeeds, 'links:sign'],
  request: { body: verifyClaimBody, params: claimParams }, response: claimAcceptedResponse,
  emits: ['RestaurantClaimVerified'],
});

export const resendVerificationEmailRoute = defineRoute({
  method: 'POST', path: '/claims/{claimId}/verification-email', operationId: 'resendVerificationEmail',
  summary: "Email a claim's verification link again to the restaurant's contact (staff), while the claim awaits verification",
  // The link it signs points at the public site.
  auth: ['staff'], handler: 'claims/resendVerificationEmail', needs: [...commandNeeds, 'site:url', 'mail:send', 'links:sign'],
  request: { body: resendVerificationEmailBody, params: claimParams }, response: claimAcceptedResponse,
  emits: ['RestaurantClaimVerificationResent'],
});

export const cancelClaimRoute = defineRoute({
  method: 'POST', path: '/claims/{claimId}/cancellation', operationId: 'cancelClaim', summary: 'Cancel a claim (staff); its onboarding ends',
  auth: ['staff'], handler: 'claims/cancelClaim', needs: commandNeeds,
  request: { body: cancelClaimBody, params: claimParams }, response: claimAcceptedResponse,
  emits: ['RestaurantClaimCancelled'],
});

export const listOnboardingsRoute = defineRoute({
  method: 'GET', path: '/onboarding', operationId: 'listOnboardings', summary: 'Onboardings in one status, longest there first (staff)',
  auth: ['staff'], handler: 'claims/listOnboardings', needs: ['views:read'],
  request: { query: listOnboardingsQuery }, response: onboardingPageResponse,
});

export const getOnboardingRoute = defineRoute({
  method: 'GET', path: '/onboarding/{claimId}', operationId: 'getOnboarding', summary: "A claim's onboarding and its history, from its events (staff)",
  auth: ['staff'], handler: 'claims/getOnboarding', needs: ['views:read'],
  request: { params: claimParams }, response: onboardingResponse,
});

/** The claims context's routes, in the order the OpenAPI document lists them. */
export const claimsRoutes = [requestClaimRoute, verifyClaimRoute, resendVerificationEmailRoute, cancelClaimRoute, listOnboardingsRoute, getOnboardingRoute];
