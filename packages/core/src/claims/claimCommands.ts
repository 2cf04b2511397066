import type {
  RestaurantClaimCancelledData, RestaurantClaimExpiredData, RestaurantClaimRejectedData, RestaurantClaimRequestedData, RestaurantClaimVerificationResentData, RestaurantClaimVerificationSentData,
  RestaurantOwnerTrainingSentData,
} from '@forkcast/events';

/** A registered diner claims a restaurant; `facts` are read from the log by the handler. */
export interface RequestClaim {
  type: 'RequestClaim';
  data: RestaurantClaimRequestedData;
  facts: { restaurantListed: boolean; restaurantOwned: boolean; dinerRegistered: boolean };
}

/** The onboarding found no contact and waits, on this token, for staff to add one. */
export interface AwaitContact {
  type: 'AwaitContact';
  data: { taskToken: string };
}

export interface RecordVerificationSent {
  type: 'RecordVerificationSent';
  data: RestaurantClaimVerificationSentData;
}

/** Staff had the link emailed again (the onboarding still waits on the same token). */
export interface RecordVerificationResent {
  type: 'RecordVerificationResent';
  data: RestaurantClaimVerificationResentData;
}

/** The onboarding waits, on this token, for the link to be redeemed. */
export interface AwaitVerification {
  type: 'AwaitVerification';
  data: { taskToken: string };
}

/** The contact redeemed the verification link (its token already checked by the route). */
export interface VerifyClaim {
  type: 'VerifyClaim';
}

/** The restaurant's stream recorded this claim's claimant as its owner. */
export interface GrantClaim {
  type: 'GrantClaim';
}

export interface RejectClaim {
  type: 'RejectClaim';
  data: RestaurantClaimRejectedData;
}

export interface ExpireClaim {
  type: 'ExpireClaim';
  data: RestaurantClaimExpiredData;
}

/** Staff end a claim that has not made an owner yet. */
export interface CancelClaim {
  type: 'CancelClaim';
  data: RestaurantClaimCancelledData;
}

/** An email of the owner's onboarding went out. */
export interface RecordOwnerEmail {
  type: 'RecordOwnerEmail';
  email: { kind: 'welcome' } | { kind: 'training'; day: RestaurantOwnerTrainingSentData['day'] } | { kind: 'specials-reminder' };
}

export interface RecordSpecialsChecked {
  type: 'RecordSpecialsChecked';
  data: { posted: boolean };
}

/** Every command the claim decider accepts. */
export type ClaimCommand =
  | RequestClaim | AwaitContact | RecordVerificationSent | RecordVerificationResent | AwaitVerification | VerifyClaim | GrantClaim | RejectClaim | ExpireClaim | CancelClaim
  | RecordOwnerEmail | RecordSpecialsChecked;
