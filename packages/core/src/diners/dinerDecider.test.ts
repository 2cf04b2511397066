import { describe, it } from 'vitest';
import type { DinerEvent } from '@forkcast/events';
import { deciderSpec } from '../testing/deciderSpec';
import { DomainError } from '../commands/commandErrors';
import { dinerDecider } from './dinerDecider';
import { dinerStreamFor, isDinerStream, referralCodeFor } from './dinerStream';
import { expect } from 'vitest';

const spec = deciderSpec(dinerDecider);
const code = (c: string) => (e: DomainError) => e.code === c;
const data = { displayName: 'Ana', homeCity: 'Cuernavaca', cuisines: ['Mexican'], referralCode: referralCodeFor(dinerStreamFor('sub-1')) };
const registered: DinerEvent = { type: 'DinerRegistered', data };

describe('dinerDecider', () => {
  it('registers a new diner, and registering again with the same data is a no-op', () => {
    spec.given([]).when({ type: 'RegisterDiner', data }).then(registered);
    spec.given([registered]).when({ type: 'RegisterDiner', data: { ...data, cuisines: ['Mexican'] } }).then(null);
  });

  it('keeps the email the sign-up verified, and POST /me after it (with that email or none) is still a no-op', () => {
    const signedUp: DinerEvent = { type: 'DinerRegistered', data: { ...data, email: 'ana@example.org' } };
    spec.given([]).when({ type: 'RegisterDiner', data: { ...data, email: 'ana@example.org' } }).then(signedUp);
    spec.given([signedUp]).when({ type: 'RegisterDiner', data }).then(null);
    spec.given([signedUp]).when({ type: 'RegisterDiner', data: { ...data, email: 'other@example.org' } }).thenThrows(DomainError, code('diner-already-registered'));
    spec.given([registered]).when({ type: 'RegisterDiner', data: { ...data, email: 'ana@example.org' } }).then(null);
    spec.given([registered]).when({ type: 'RegisterDiner', data: { ...data, displayName: 'Bea', email: 'ana@example.org' } }).thenThrows(DomainError, code('diner-already-registered'));
  });

  it('refuses to register again with other data', () => {
    spec.given([registered]).when({ type: 'RegisterDiner', data: { ...data, displayName: 'Bea' } }).thenThrows(DomainError, code('diner-already-registered'));
  });

  it('updates only what changes; null clears; nothing when nothing changes', () => {
    spec.given([registered]).when({ type: 'UpdateDinerProfile', data: { displayName: 'Ana', homeCity: null } }).then({ type: 'DinerProfileUpdated', data: { homeCity: null } });
    spec.given([registered]).when({ type: 'UpdateDinerProfile', data: { displayName: 'Ana', homeLocation: null } }).then(null);
  });

  it('refuses to update a diner who has not registered (409 diner-not-registered)', () => {
    spec.given([]).when({ type: 'UpdateDinerProfile', data: { displayName: 'X' } }).thenThrows(DomainError, code('diner-not-registered'));
  });

  it('derives stream and referral code from the subject, without showing it', () => {
    const stream = dinerStreamFor('abc-123');
    expect(isDinerStream(stream)).toBe(true);
    expect(stream).toBe(dinerStreamFor('abc-123'));
    expect(stream).not.toContain('abc');
    expect(dinerStreamFor('abc-124')).not.toBe(stream);
    expect(referralCodeFor(stream)).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });
});
