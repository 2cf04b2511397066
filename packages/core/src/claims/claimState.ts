import type { ClaimEvent } from '@forkcast/events';

/**
 * Where a claim is. `open` phases may still make an owner; `granted` made one; the rest ended it.
 */
export type ClaimPhase = 'requested' | 'awaiting-contact' | 'awaiting-verification' | 'verified' | 'granted' | 'rejected' | 'expired' | 'cancelled';

export type ClaimState =
  | { phase: 'unknown' }
  | {
      phase: ClaimPhase;
      restaurant: string;
      restaurantName: string;
      claimant: string;
      execution: string;
      /** The token the onboarding waits on for a contact, while it does. */
      contactToken?: string;
      /** The token the onboarding waits on for verification, once it does. */
      verificationToken?: string;
      contactId?: string;
      /** Until when the emailed verification link works (a resent link ends then too). */
      verificationExpiresAt?: string;
      /** The owner emails already sent: `welcome`, `training-1`, `training-3`, `training-7`, `specials-reminder`. */
      emailsSent: string[];
      specialsPosted?: boolean;
    };

export const initialClaimState = (): ClaimState => ({ phase: 'unknown' });

/** Whether the claim can still make an owner. */
export const isClaimOpen = (state: ClaimState): boolean =>
  state.phase === 'requested' || state.phase === 'awaiting-contact' || state.phase === 'awaiting-verification' || state.phase === 'verified';

/** Folds one claim event into the state (pure). */
export function evolveClaim(state: ClaimState, event: ClaimEvent): ClaimState {
  if (event.type === 'RestaurantClaimRequested') {
    const { restaurant, restaurantName, claimant, execution } = event.data;
    return { phase: 'requested', restaurant, restaurantName, claimant, execution, emailsSent: [] };
  }
  if (state.phase === 'unknown') return state;
  switch (event.type) {
    case 'RestaurantClaimAwaitingContact':
      return { ...state, phase: 'awaiting-contact', contactToken: event.data.taskToken };
    case 'RestaurantClaimVerificationSent':
      return { ...state, phase: 'awaiting-verification', contactToken: undefined, contactId: event.data.contactId, verificationExpiresAt: event.data.expiresAt };
    case 'RestaurantClaimVerificationResent':
      return { ...state, contactId: event.data.contactId };
    case 'RestaurantClaimVerificationAwaited':
      return { ...state, verificationToken: event.data.taskToken };
    case 'RestaurantClaimVerified':
      return { ...state, phase: 'verified' };
    case 'RestaurantClaimGranted':
      return { ...state, phase: 'granted' };
    case 'RestaurantClaimRejected':
      return { ...state, phase: 'rejected' };
    case 'RestaurantClaimExpired':
      return { ...state, phase: 'expired' };
    case 'RestaurantClaimCancelled':
      return { ...state, phase: 'cancelled' };
    case 'RestaurantOwnerWelcomed':
      return { ...state, emailsSent: [...state.emailsSent, 'welcome'] };
    case 'RestaurantOwnerTrainingSent':
      return { ...state, emailsSent: [...state.emailsSent, `training-${event.data.day}`] };
    case 'RestaurantOwnerRemindedOfSpecials':
      return { ...state, emailsSent: [...state.emailsSent, 'specials-reminder'] };
    case 'RestaurantOwnerSpecialsChecked':
      return { ...state, specialsPosted: event.data.posted };
  }
}
