import type { Workflow } from '../workflows/workflow';

export const restaurantOnboardingWorkflow: Workflow = {
  name: 'restaurant-onboarding',
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
    // No mail on AWS yet (app/aws/awsMailer.ts): the log is what it reaches.
    SendVerificationEmailFunctionArn: ['events:read', 'events:append'],
    AwaitContactFunctionArn: ['events:read', 'events:append'],
    AwaitVerificationFunctionArn: ['events:read', 'events:append'],
    RecordOwnerFunctionArn: ['events:read', 'events:append'],
    RecordClaimOutcomeFunctionArn: ['events:read', 'events:append'],
    TellStaffClaimExpiredFunctionArn: ['events:read'],
    SendOwnerEmailFunctionArn: ['events:read', 'events:append'],
    CheckSpecialsFunctionArn: ['events:read', 'events:append'],
  },
};

/** The claims context's workflows. */
export const claimsWorkflows = [restaurantOnboardingWorkflow];
