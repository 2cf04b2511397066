import type { Workflow } from '../workflows/workflow';

export const restaurantOnboardingWorkflow: Workflow = {
  name: 'restaurant-onboarding',
  emits: ['RestaurantClaimAwaitingContact', 'RestaurantClaimVerificationSent', 'RestaurantClaimVerificationAwaited', 'RestaurantClaimed', 'RestaurantClaimGranted', 'RestaurantClaimRejected', 'RestaurantClaimExpired', 'RestaurantOwnerWelcomed', 'RestaurantOwnerTrainingSent', 'RestaurantOwnerSpecialsChecked', 'RestaurantOwnerRemindedOfSpecials'],
  file: 'claims/restaurant-onboarding.asl.json',
  // A person verifies within days and the training runs for two weeks: far past Express' 5 minutes.
  type: 'STANDARD',
  description: "Onboards a restaurant's owner from a claim: verification by the restaurant's contact, the owner recorded, welcome, training, specials reminder.",
  substitutions: {
    CheckRestaurantUnclaimedFunctionArn: 'claims/checkRestaurantUnclaimed',
    SendVerificationEmailFunctionArn: 'claims/sendVerificationEmail',
    AwaitContactFunctionArn: 'claims/awaitContact',
    AwaitVerificationFunctionArn: 'claims/awaitVerification',
    RecordOwnerFunctionArn: 'claims/recordOwner',
    RecordClaimOutcomeFunctionArn: 'claims/recordClaimOutcome',
    TellStaffClaimExpiredFunctionArn: 'claims/tellStaffClaimExpired',
    SendOwnerEmailFunctionArn: 'claims/sendOwnerEmail',
    CheckSpecialsFunctionArn: 'claims/checkSpecials',
  },
  needs: {
    CheckRestaurantUnclaimedFunctionArn: ['events:read'],
    // Mails the restaurant's contact a signed link to the site.
    SendVerificationEmailFunctionArn: ['events:read', 'events:append', 'site:url', 'mail:send', 'links:sign'],
    AwaitContactFunctionArn: ['events:read', 'events:append'],
    AwaitVerificationFunctionArn: ['events:read', 'events:append'],
    RecordOwnerFunctionArn: ['events:read', 'events:append'],
    RecordClaimOutcomeFunctionArn: ['events:read', 'events:append'],
    TellStaffClaimExpiredFunctionArn: ['events:read', 'mail:send'],
    SendOwnerEmailFunctionArn: ['events:read', 'events:append', 'mail:send'],
    CheckSpecialsFunctionArn: ['events:read', 'events:append'],
  },
};

/** The claims context's workflows. */
export const claimsWorkflows = [restaurantOnboardingWorkflow];
