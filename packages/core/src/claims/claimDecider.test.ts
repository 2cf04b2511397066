import { describe, it } from 'vitest';
import type { ClaimEvent } from '@forkcast/events';
import { deciderSpec } from '../testing/deciderSpec';
import { DomainError, DomainNotFoundError } from '../commands/commandErrors';
import { claimDecider } from './claimDecider';

const spec = deciderSpec(claimDecider);
const code = (c: string) => (e: DomainError) => e.code === c;
const data = {
  restaurant: 'restaurant-01JH0000000000000000000000', restaurantName: 'Tasca', claimant: 'diner-01JH0000000000000000000000',
  execution: 'onboard-restaurant-01JH0000000000000000000000-01JH000000000000000000000C',
};
const facts = { restaurantListed: true, restaurantOwned: false, dinerRegistered: true };
const requested: ClaimEvent = { type: 'RestaurantClaimRequested', data };
const sent: ClaimEvent = { type: 'RestaurantClaimVerificationSent', data: { contactId: 'c1', expiresAt: '2026-01-08T00:00:00.000Z' } };
const verified: ClaimEvent = { type: 'RestaurantClaimVerified', data: {} };
const granted: ClaimEvent = { type: 'RestaurantClaimGranted', data: { restaurant: data.restaurant } };

describe('claimDecider', () => {
  it('records a claim of a listed, unowned restaurant by a registered diner', () => {
    spec.given([]).when({ type: 'RequestClaim', data, facts }).then(requested);
  });

  it('refuses a claim of an owned restaurant (409), of an unknown one (404) and by an unregistered diner', () => {
    spec.given([]).when({ type: 'RequestClaim', data, facts: { ...facts, restaurantOwned: true } }).thenThrows(DomainError, code('restaurant-already-claimed'));
    spec.given([]).when({ type: 'RequestClaim', data, facts: { ...facts, restaurantListed: false } }).thenThrows(DomainNotFoundError, code('restaurant-not-found'));
    spec.given([]).when({ type: 'RequestClaim', data, facts: { ...facts, dinerRegistered: false } }).thenThrows(DomainError, code('diner-not-registered'));
  });

  it('verifies a claim whose link was sent, once', () => {
    spec.given([requested, sent]).when({ type: 'VerifyClaim' }).then(verified);
    spec.given([requested, sent, verified]).when({ type: 'VerifyClaim' }).then(null);
    spec.given([requested]).when({ type: 'VerifyClaim' }).thenThrows(DomainError, code('claim-closed'));
  });

  it('grants only a verified claim, and records each wait token once', () => {
    spec.given([requested, sent, verified]).when({ type: 'GrantClaim' }).then(granted);
    spec.given([requested, sent]).when({ type: 'GrantClaim' }).thenThrows(DomainError, code('claim-not-verified'));
    spec.given([requested, sent, { type: 'RestaurantClaimVerificationAwaited', data: { taskToken: 't' } }]).when({ type: 'AwaitVerification', data: { taskToken: 't' } }).then(null);
  });

  it('records each resend of the link while the claim awaits verification, and the link still verifies it after', () => {
    const resent: ClaimEvent = { type: 'RestaurantClaimVerificationResent', data: { contactId: 'c1', expiresAt: '2026-01-08T00:00:00.000Z' } };
    spec.given([requested, sent]).when({ type: 'RecordVerificationResent', data: resent.data }).then(resent);
    spec.given([requested, sent, resent]).when({ type: 'RecordVerificationResent', data: resent.data }).then(resent);
    spec.given([requested, sent, resent]).when({ type: 'VerifyClaim' }).then(verified);
    spec.given([requested]).when({ type: 'RecordVerificationResent', data: resent.data }).thenThrows(DomainError, code('claim-not-awaiting-verification'));
    spec.given([requested, sent, verified]).when({ type: 'RecordVerificationResent', data: resent.data }).thenThrows(DomainError, code('claim-not-awaiting-verification'));
    spec.given([]).when({ type: 'RecordVerificationResent', data: resent.data }).thenThrows(DomainNotFoundError, code('claim-not-found'));
  });

  it('does not expire a claim verified as the wait timed out', () => {
    spec.given([requested, sent]).when({ type: 'ExpireClaim', data: { waitingFor: 'verification' } }).then({ type: 'RestaurantClaimExpired', data: { waitingFor: 'verification' } });
    spec.given([requested, sent, verified]).when({ type: 'ExpireClaim', data: { waitingFor: 'verification' } }).thenThrows(DomainError, code('claim-verified'));
  });

  it('lets staff cancel an open claim, not one that made an owner, and refuses the link after', () => {
    const cancelled: ClaimEvent = { type: 'RestaurantClaimCancelled', data: {} };
    spec.given([requested, sent]).when({ type: 'CancelClaim', data: {} }).then(cancelled);
    spec.given([requested, sent, verified]).when({ type: 'CancelClaim', data: {} }).thenThrows(DomainError, code('claim-verified'));
    spec.given([requested, sent, verified, granted]).when({ type: 'CancelClaim', data: {} }).thenThrows(DomainError, code('claim-closed'));
    spec.given([requested, sent, cancelled]).when({ type: 'VerifyClaim' }).thenThrows(DomainError, code('claim-closed'));
  });

  it('records each owner email once, and only for an owner', () => {
    spec.given([requested, sent, verified, granted]).when({ type: 'RecordOwnerEmail', email: { kind: 'training', day: 3 } }).then({ type: 'RestaurantOwnerTrainingSent', data: { day: 3 } });
    spec.given([requested, sent, verified, granted, { type: 'RestaurantOwnerTrainingSent', data: { day: 3 } }]).when({ type: 'RecordOwnerEmail', email: { kind: 'training', day: 3 } }).then(null);
    spec.given([requested, sent]).when({ type: 'RecordOwnerEmail', email: { kind: 'welcome' } }).thenThrows(DomainError, code('claim-not-granted'));
  });
});
