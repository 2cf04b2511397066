import { describe, it } from 'vitest';
import type { RestaurantEvent } from '@forkcast/events';
import { deciderSpec } from '../testing/deciderSpec';
import { sampleRestaurant } from '../testing/sampleRestaurant';
import { DomainError, DomainNotFoundError } from '../commands/commandErrors';
import { restaurantDecider } from './restaurantDecider';

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
