import type { ClaimEventEnvelope } from '@forkcast/events';
import type { Projection } from '../projections/projection';
import { claimIdOf } from './claimStream';

/** Where an onboarding is, for `GET /onboarding?status=`. */
export const onboardingStatuses = ['checking', 'awaiting-contact', 'awaiting-verification', 'verified', 'training', 'onboarded', 'rejected', 'expired', 'cancelled'] as const;
export type OnboardingStatus = (typeof onboardingStatuses)[number];

/** One step of an onboarding, as staff read it. */
export interface OnboardingStep {
  at: string;
  /** The event that recorded it. */
  event: string;
  /** What happened, in plain words. */
  step: string;
}

/** GET /onboarding and /onboarding/{claimId} (staff): a claim's onboarding, from its events. */
export interface OnboardingView {
  claimId: string;
  restaurant: string;
  restaurantName: string;
  claimant: string;
  execution: string;
  status: OnboardingStatus;
  /** The current state in plain words. */
  state: string;
  /** When it got there. */
  since: string;
  requestedAt: string;
  history: OnboardingStep[];
}

/** What each event means for the onboarding: its step, and the status and state it leaves it in. */
function stepOf(event: ClaimEventEnvelope): { step: string; status?: OnboardingStatus; state?: string } | undefined {
  switch (event.type) {
    case 'RestaurantClaimRequested':
      return { step: 'Claim requested', status: 'checking', state: 'Checking the restaurant is unclaimed' };
    case 'RestaurantClaimAwaitingContact':
      return { step: 'No contact to verify with', status: 'awaiting-contact', state: 'Waiting for staff to add the restaurant contact' };
    case 'RestaurantClaimVerificationSent':
      return { step: 'Verification link emailed to the restaurant contact', status: 'awaiting-verification', state: 'Waiting for the owner to verify' };
    case 'RestaurantClaimVerificationResent':
      // Still waiting for the owner: a step of the history, not a new status.
      return { step: 'Verification link emailed again by staff' };
    case 'RestaurantClaimVerificationAwaited':
      return undefined;
    case 'RestaurantClaimVerified':
      return { step: 'Owner verified', status: 'verified', state: 'Recording the owner' };
    case 'RestaurantClaimGranted':
      return { step: 'Owner recorded', status: 'training', state: 'Welcoming the owner' };
    case 'RestaurantClaimRejected':
      return { step: 'Claim rejected: the restaurant has another owner', status: 'rejected', state: 'Rejected' };
    case 'RestaurantClaimExpired':
      return event.data.waitingFor === 'contact'
        ? { step: 'Claim expired: no contact was added in time', status: 'expired', state: 'Expired' }
        : { step: 'Claim expired: not verified in time', status: 'expired', state: 'Expired' };
    case 'RestaurantClaimCancelled':
      return { step: 'Claim cancelled by staff', status: 'cancelled', state: 'Cancelled' };
    case 'RestaurantOwnerWelcomed':
      return { step: 'Welcome email sent', status: 'training', state: 'Training the owner' };
    case 'RestaurantOwnerTrainingSent':
      return { step: `Day ${event.data.day} lesson sent`, status: 'training', state: 'Training the owner' };
    case 'RestaurantOwnerSpecialsChecked':
      return event.data.posted
        ? { step: 'Checked specials: the owner has posted some', status: 'onboarded', state: 'Onboarded' }
        : { step: 'Checked specials: none posted yet', status: 'training', state: 'Reminding the owner to post specials' };
    case 'RestaurantOwnerRemindedOfSpecials':
      return { step: 'Reminded the owner to post specials', status: 'onboarded', state: 'Onboarded' };
  }
}

function evolve(view: OnboardingView | null, event: ClaimEventEnvelope): OnboardingView | null {
  if (event.type === 'RestaurantClaimRequested') {
    const { restaurant, restaurantName, claimant, execution } = event.data;
    const base = { claimId: claimIdOf(event.stream), restaurant, restaurantName, claimant, execution, requestedAt: event.occurredAt };
    return { ...base, status: 'checking', state: 'Checking the restaurant is unclaimed', since: event.occurredAt, history: [{ at: event.occurredAt, event: event.type, step: 'Claim requested' }] };
  }
  if (!view) return view;
  const step = stepOf(event);
  if (!step) return view;
  return {
    ...view,
    ...(step.status ? { status: step.status, state: step.state!, since: event.occurredAt } : {}),
    history: [...view.history, { at: event.occurredAt, event: event.type, step: step.step }],
  };
}

/** One item per claim stream, indexed by status (oldest first: the longest wait is on top). */
export const onboardingProjection: Projection<OnboardingView, ClaimEventEnvelope> = {
  name: 'onboarding',
  handles: [
    'RestaurantClaimRequested', 'RestaurantClaimAwaitingContact', 'RestaurantClaimVerificationSent', 'RestaurantClaimVerificationResent', 'RestaurantClaimVerified', 'RestaurantClaimGranted',
    'RestaurantClaimRejected', 'RestaurantClaimExpired', 'RestaurantClaimCancelled', 'RestaurantOwnerWelcomed', 'RestaurantOwnerTrainingSent',
    'RestaurantOwnerSpecialsChecked', 'RestaurantOwnerRemindedOfSpecials',
  ],
  initialView: () => null,
  evolve,
  indexKeys: (view) => ({ status: view.status }),
  indexSort: (view) => `${view.since}#${view.claimId}`,
};
