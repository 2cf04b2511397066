import { describe, it } from 'vitest';
import type { RestaurantEvent } from '@forkcast/events';
import { deciderSpec } from '../testing/deciderSpec';
import { sampleRestaurant } from '../testing/sampleRestaurant';
import { DomainError, DomainForbiddenError, DomainNotFoundError } from '../commands/commandErrors';
import { maxLiveSpecials, restaurantDecider } from './restaurantDecider';

const spec = deciderSpec(restaurantDecider);
const profile = sampleRestaurant();
const listed: RestaurantEvent = { type: 'RestaurantListed', data: profile };
const delisted: RestaurantEvent = { type: 'RestaurantDelisted', data: { reason: 'closed' } };
const code = (c: string) => (e: DomainError) => e.code === c;

describe('restaurantDecider', () => {
  it('lists a new restaurant', () => {
    spec.given([]).when({ type: 'ListRestaurant', data: profile }).then(listed);
  });

  it('refuses to list a restaurant twice', () => {
    spec.given([listed]).when({ type: 'ListRestaurant', data: profile }).thenThrows(DomainError, code('restaurant-already-listed'));
  });

  it('updates only the fields that change, and clears optional ones with null', () => {
    spec
      .given([listed])
      .when({ type: 'UpdateRestaurantProfile', data: { name: profile.name, priceRange: 4, locality: null, country: null } })
      .then({ type: 'RestaurantProfileUpdated', data: { priceRange: 4, locality: null } });
  });

  it('appends nothing when an update changes nothing (key order and earlier updates included)', () => {
    spec
      .given([listed, { type: 'RestaurantProfileUpdated', data: { priceRange: 2 } }])
      .when({ type: 'UpdateRestaurantProfile', data: { priceRange: 2, location: { lon: profile.location.lon, lat: profile.location.lat } } })
      .then(null);
  });

  it('refuses to update or delist a restaurant that was never listed', () => {
    spec.given([]).when({ type: 'UpdateRestaurantProfile', data: { priceRange: 1 } }).thenThrows(DomainNotFoundError, code('restaurant-not-found'));
    spec.given([]).when({ type: 'DelistRestaurant', data: { reason: 'x' } }).thenThrows(DomainNotFoundError, code('restaurant-not-found'));
  });

  it('delists a listed restaurant, once', () => {
    spec.given([listed]).when({ type: 'DelistRestaurant', data: { reason: 'closed' } }).then(delisted);
    spec.given([listed, delisted]).when({ type: 'DelistRestaurant', data: { reason: 'again' } }).thenThrows(DomainError, code('restaurant-already-delisted'));
  });

  it('refuses to update a delisted restaurant', () => {
    spec.given([listed, delisted]).when({ type: 'UpdateRestaurantProfile', data: { priceRange: 1 } }).thenThrows(DomainError, code('restaurant-delisted'));
  });

  it('imports: lists when new, updates changed fields, nothing when unchanged or delisted', () => {
    const row = { ...profile, source: 'zomato', externalId: '6317637' };
    spec.given([]).when({ type: 'ImportRestaurant', data: row }).then({ type: 'RestaurantListed', data: row });
    spec.given([listed]).when({ type: 'ImportRestaurant', data: row }).then(null);
    spec
      .given([listed])
      .when({ type: 'ImportRestaurant', data: { ...row, sourceRating: { aggregate: 4.9, votes: 320 }, externalId: 'other' } })
      .then({ type: 'RestaurantProfileUpdated', data: { sourceRating: { aggregate: 4.9, votes: 320 } } });
    spec.given([listed, delisted]).when({ type: 'ImportRestaurant', data: { ...row, name: 'New name' } }).then(null);
  });
});

describe('restaurant contacts', () => {
  const contactId = '01JH0000000000000000000009';
  const added: RestaurantEvent = { type: 'RestaurantContactAdded', data: { contactId, email: 'Manager@Tasca.example', name: 'Ana' } };

  it('adds a contact to a listed restaurant, never to an unlisted or delisted one', () => {
    spec.given([listed]).when({ type: 'AddRestaurantContact', data: added.data as never }).then(added);
    spec.given([]).when({ type: 'AddRestaurantContact', data: added.data as never }).thenThrows(DomainNotFoundError, code('restaurant-not-found'));
    spec.given([listed, delisted]).when({ type: 'AddRestaurantContact', data: added.data as never }).thenThrows(DomainError, code('restaurant-delisted'));
  });

  it('refuses a second contact with the same email, whatever its case', () => {
    spec.given([listed, added]).when({ type: 'AddRestaurantContact', data: { contactId: '01JH000000000000000000000A', email: 'manager@tasca.EXAMPLE' } })
      .thenThrows(DomainError, code('contact-email-known'));
  });

  it('corrects a known contact, appends nothing when nothing changes, and refuses an unknown one', () => {
    spec.given([listed, added]).when({ type: 'CorrectRestaurantContact', data: { contactId, phone: '+351 21 000 0000', name: null } })
      .then({ type: 'RestaurantContactCorrected', data: { contactId, phone: '+351 21 000 0000', name: null } });
    spec.given([listed, added]).when({ type: 'CorrectRestaurantContact', data: { contactId, name: 'Ana' } }).then(null);
    spec.given([listed, added]).when({ type: 'CorrectRestaurantContact', data: { contactId: '01JH000000000000000000000B', name: 'X' } })
      .thenThrows(DomainNotFoundError, code('contact-not-found'));
  });
});

describe('claiming a restaurant', () => {
  const claimed: RestaurantEvent = { type: 'RestaurantClaimed', data: { claimId: '01JH000000000000000000000C', owner: 'diner-A' } };

  it('makes the first verified claimant the owner, repeats of that claim change nothing, and any other claim is refused', () => {
    spec.given([listed]).when({ type: 'ClaimRestaurant', data: claimed.data as never }).then(claimed);
    spec.given([listed, claimed]).when({ type: 'ClaimRestaurant', data: claimed.data as never }).then(null);
    spec.given([listed, claimed]).when({ type: 'ClaimRestaurant', data: { claimId: '01JH000000000000000000000D', owner: 'diner-B' } })
      .thenThrows(DomainError, code('restaurant-already-claimed'));
    spec.given([]).when({ type: 'ClaimRestaurant', data: claimed.data as never }).thenThrows(DomainNotFoundError, code('restaurant-not-found'));
  });
});

describe('acting for a restaurant (owner or staff)', () => {
  const claimed: RestaurantEvent = { type: 'RestaurantClaimed', data: { claimId: '01JH000000000000000000000C', owner: 'diner-A' } };
  const now = '2026-06-01T12:00:00.000Z';
  const data = { specialId: '01JH000000000000000000000E', kind: 'happy-hour' as const, title: 'Two for one', validFrom: '2026-06-01T17:00:00.000Z', validTo: '2026-06-01T19:00:00.000Z' };
  const posted: RestaurantEvent = { type: 'SpecialPosted', data: { ...data, postedBy: 'diner-A' } };

  it('lets the owner and staff post and withdraw specials, and refuses anyone else (403)', () => {
    spec.given([listed, claimed]).when({ type: 'PostSpecial', by: 'diner-A', data, now }).then(posted);
    spec.given([listed, claimed]).when({ type: 'PostSpecial', by: 'staff:s1', data, now }).then({ type: 'SpecialPosted', data: { ...data, postedBy: 'staff:s1' } });
    spec.given([listed, claimed]).when({ type: 'PostSpecial', by: 'diner-B', data, now }).thenThrows(DomainForbiddenError, code('not-restaurant-owner'));
    spec.given([listed]).when({ type: 'PostSpecial', by: 'diner-A', data, now }).thenThrows(DomainForbiddenError, code('not-restaurant-owner'));
    spec.given([listed, claimed, posted]).when({ type: 'WithdrawSpecial', by: 'diner-A', specialId: data.specialId }).then({ type: 'SpecialWithdrawn', data: { specialId: data.specialId, withdrawnBy: 'diner-A' } });
    spec.given([listed, claimed, posted]).when({ type: 'WithdrawSpecial', by: 'diner-B', specialId: data.specialId }).thenThrows(DomainForbiddenError, code('not-restaurant-owner'));
    spec.given([listed, claimed, posted, { type: 'SpecialWithdrawn', data: { specialId: data.specialId, withdrawnBy: 'diner-A' } }])
      .when({ type: 'WithdrawSpecial', by: 'diner-A', specialId: data.specialId }).thenThrows(DomainNotFoundError, code('special-not-found'));
    spec.given([listed, claimed, posted]).when({ type: 'PostSpecial', by: 'diner-A', data, now }).thenThrows(DomainError, code('special-exists'));
  });

  it('caps the specials that have not ended, and ended ones do not count', () => {
    const many: RestaurantEvent[] = Array.from({ length: maxLiveSpecials }, (_, i) => ({
      type: 'SpecialPosted', data: { ...data, specialId: `01JH0000000000000000000${String(i).padStart(3, '0')}`, postedBy: 'diner-A' },
    }));
    spec.given([listed, claimed, ...many]).when({ type: 'PostSpecial', by: 'diner-A', data, now }).thenThrows(DomainError, code('too-many-specials'));
    spec.given([listed, claimed, ...many]).when({ type: 'PostSpecial', by: 'diner-A', data, now: '2026-06-02T00:00:00.000Z' }).then({ type: 'SpecialPosted', data: { ...data, postedBy: 'diner-A' } });
  });

  it('lets owners change only the fields they keep; staff and staff-only paths change any', () => {
    spec.given([listed, claimed]).when({ type: 'UpdateRestaurantProfile', by: 'diner-A', data: { hours: 'Mon-Fri 12-23' } })
      .then({ type: 'RestaurantProfileUpdated', data: { hours: 'Mon-Fri 12-23' } });
    spec.given([listed, claimed]).when({ type: 'UpdateRestaurantProfile', by: 'diner-A', data: { hours: 'x', priceRange: 4 } }).thenThrows(DomainForbiddenError, code('field-not-owner-editable'));
    spec.given([listed, claimed]).when({ type: 'UpdateRestaurantProfile', by: 'diner-B', data: { hours: 'x' } }).thenThrows(DomainForbiddenError, code('not-restaurant-owner'));
    spec.given([listed, claimed]).when({ type: 'UpdateRestaurantProfile', by: 'staff:s1', data: { priceRange: 4 } }).then({ type: 'RestaurantProfileUpdated', data: { priceRange: 4 } });
  });

  it('records a specials reminder at most once per period, and again once the owner touched the specials', () => {
    const day = 86_400_000;
    const at = (d: number) => new Date(Date.parse('2026-06-01T00:00:00.000Z') + d * day).toISOString();
    const remind = (d: number, since: string) => ({ type: 'RecordSpecialsReminder' as const, data: { remindedAt: at(d), specialsUpdatedAt: since, periodDays: 14 } });
    const sent = (d: number, since: string): RestaurantEvent => ({ type: 'SpecialsReminderSent', data: { owner: 'diner-A', ...remind(d, since).data } });
    spec.given([listed, claimed]).when(remind(15, at(0))).then(sent(15, at(0)));
    spec.given([listed, claimed]).when(remind(10, at(0))).then(null);
    spec.given([listed, claimed, sent(15, at(0))]).when(remind(20, at(0))).then(null);
    spec.given([listed, claimed, sent(15, at(0))]).when(remind(29, at(0))).then(sent(29, at(0)));
    spec.given([listed, claimed, sent(15, at(0)), posted]).when(remind(20, at(1))).then(sent(20, at(1)));
    spec.given([listed]).when(remind(15, at(0))).thenThrows(DomainError, code('restaurant-not-owned'));
  });
});
