import { claimEventTypes, type ClaimEvent } from '@forkcast/events';
import { DomainError, DomainNotFoundError } from '../commands/commandErrors';
import { dinerNotRegistered } from '../diners/dinerNotRegistered';
import type { Decider } from '../decider';
import type { ClaimCommand, RecordOwnerEmail } from './claimCommands';
import { evolveClaim, initialClaimState, isClaimOpen, type ClaimState } from './claimState';

const notFound = () => new DomainNotFoundError('claim-not-found', 'there is no such claim');
const closed = (state: { phase: string }) => new DomainError('claim-closed', `the claim is ${state.phase}`);

const emailKey = (email: RecordOwnerEmail['email']) => (email.kind === 'training' ? `training-${email.day}` : email.kind);

function ownerEmailEvent(email: RecordOwnerEmail['email']): ClaimEvent {
  switch (email.kind) {
    case 'welcome':
      return { type: 'RestaurantOwnerWelcomed', data: {} };
    case 'training':
      return { type: 'RestaurantOwnerTrainingSent', data: { day: email.day } };
    case 'specials-reminder':
      return { type: 'RestaurantOwnerRemindedOfSpecials', data: {} };
  }
}

function decide(command: ClaimCommand, state: ClaimState): ClaimEvent | null {
  if (command.type === 'RequestClaim') {
    if (state.phase !== 'unknown') throw new DomainError('claim-already-requested', 'this claim was already requested');
    if (!command.facts.dinerRegistered) throw dinerNotRegistered();
    if (!command.facts.restaurantListed) throw new DomainNotFoundError('restaurant-not-found', 'there is no such restaurant');
    if (command.facts.restaurantOwned) throw new DomainError('restaurant-already-claimed', 'the restaurant already has an owner');
    return { type: 'RestaurantClaimRequested', data: command.data };
  }
  if (state.phase === 'unknown') throw notFound();
  switch (command.type) {
    case 'AwaitContact':
      if (state.contactToken === command.data.taskToken) return null;
      if (!isClaimOpen(state)) throw closed(state);
      return { type: 'RestaurantClaimAwaitingContact', data: command.data };
    case 'RecordVerificationSent':
      if (state.phase === 'awaiting-verification' && state.contactId === command.data.contactId) return null;
      if (!isClaimOpen(state)) throw closed(state);
      return { type: 'RestaurantClaimVerificationSent', data: command.data };
    case 'RecordVerificationResent':
      // Each resend is its own email: staff asked again, so it is recorded again.
      if (state.phase !== 'awaiting-verification') throw new DomainError('claim-not-awaiting-verification', `a claim that is ${state.phase} has no verification link to send again`);
      return { type: 'RestaurantClaimVerificationResent', data: command.data };
    case 'AwaitVerification':
      if (state.verificationToken === command.data.taskToken) return null;
      if (!isClaimOpen(state)) throw closed(state);
      return { type: 'RestaurantClaimVerificationAwaited', data: command.data };
    case 'VerifyClaim':
      if (state.phase === 'verified' || state.phase === 'granted') return null;
      if (state.phase !== 'awaiting-verification') throw closed(state);
      return { type: 'RestaurantClaimVerified', data: {} };
    case 'GrantClaim':
      if (state.phase === 'granted') return null;
      if (state.phase !== 'verified') throw new DomainError('claim-not-verified', `a claim that is ${state.phase} cannot make an owner`);
      return { type: 'RestaurantClaimGranted', data: { restaurant: state.restaurant } };
    case 'RejectClaim':
      if (state.phase === 'rejected') return null;
      if (!isClaimOpen(state)) throw closed(state);
      return { type: 'RestaurantClaimRejected', data: command.data };
    case 'ExpireClaim':
      if (state.phase === 'expired') return null;
      // Verified at the last moment, as the wait timed out: the claim goes on to make its owner.
      if (state.phase === 'verified') throw new DomainError('claim-verified', 'the claim was verified in time');
      if (!isClaimOpen(state)) throw closed(state);
      return { type: 'RestaurantClaimExpired', data: command.data };
    case 'CancelClaim':
      if (state.phase === 'cancelled') return null;
      // Once verified, the owner is being recorded: too late to cancel without racing it.
      if (state.phase === 'verified') throw new DomainError('claim-verified', 'the claim is verified and its owner being recorded');
      if (!isClaimOpen(state)) throw closed(state);
      return { type: 'RestaurantClaimCancelled', data: command.data };
    case 'RecordOwnerEmail':
      if (state.emailsSent.includes(emailKey(command.email))) return null;
      if (state.phase !== 'granted') throw new DomainError('claim-not-granted', 'only an owner gets onboarding emails');
      return ownerEmailEvent(command.email);
    case 'RecordSpecialsChecked':
      if (state.specialsPosted !== undefined) return null;
      if (state.phase !== 'granted') throw new DomainError('claim-not-granted', 'only an owner is checked for specials');
      return { type: 'RestaurantOwnerSpecialsChecked', data: command.data };
  }
}

/** The claim aggregate: one `claim-<id>` stream per claim, its whole onboarding journey. */
export const claimDecider: Decider<ClaimCommand, ClaimEvent, ClaimState> = {
  eventTypes: claimEventTypes.map((t) => t.type),
  initialState: initialClaimState,
  evolve: evolveClaim,
  decide,
};
