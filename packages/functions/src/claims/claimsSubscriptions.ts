import { onboardingProjection } from '@forkcast/core';
import { subscribePolicy, subscribeProjection } from '../subscriptions/subscribe';

/** The claims context's bus subscriptions. */
export const claimsSubscriptions = [
  subscribeProjection({
    id: 'onboarding',
    description: "Keeps each claim's onboarding view (GET /onboarding, /onboarding/{claimId}) up to date.",
    projection: onboardingProjection,
    handler: 'claims/projectOnboarding',
  }),
  subscribePolicy({
    id: 'start-restaurant-onboarding',
    description: 'Starts the named onboarding of every requested claim.',
    name: 'startRestaurantOnboarding',
    handles: ['RestaurantClaimRequested'],
    handler: 'claims/startRestaurantOnboarding',
    needs: ['run:restaurant-onboarding'],
  }),
  subscribePolicy({
    id: 'release-claim-verification',
    description: 'Lets an onboarding go on once its claim is verified and it waits for that.',
    name: 'releaseClaimVerification',
    handles: ['RestaurantClaimVerified', 'RestaurantClaimVerificationAwaited'],
    handler: 'claims/releaseClaimVerification',
    needs: ['events:read', 'callback:restaurant-onboarding'],
  }),
  subscribePolicy({
    id: 'release-claim-contact-wait',
    description: 'Lets onboardings waiting for a restaurant contact go on once staff add one.',
    name: 'releaseClaimContactWait',
    handles: ['RestaurantClaimAwaitingContact', 'RestaurantContactAdded', 'RestaurantContactCorrected'],
    handler: 'claims/releaseClaimContactWait',
    needs: ['events:read', 'views:read', 'callback:restaurant-onboarding'],
  }),
  subscribePolicy({
    id: 'stop-cancelled-onboarding',
    description: 'Ends the onboarding of a claim staff cancelled.',
    name: 'stopCancelledOnboarding',
    handles: ['RestaurantClaimCancelled'],
    handler: 'claims/stopCancelledOnboarding',
    needs: ['events:read', 'run:restaurant-onboarding'],
  }),
];
