import { describe, expect, it } from 'vitest';
import type { RatingEvent, RestaurantRatedData } from '@forkcast/events';
import { deciderSpec } from '../testing/deciderSpec';
import { DomainError, DomainNotFoundError } from '../commands/commandErrors';
import { ratingDecider } from './ratingDecider';
import { ratingStreamFor } from './ratingStream';

const spec = deciderSpec(ratingDecider);
const code = (c: string) => (e: DomainError) => e.code === c;
const facts = { dinerRegistered: true, restaurantListed: true };
const data: RestaurantRatedData = { diner: 'diner-A', restaurant: 'restaurant-R', stars: 4, comment: 'Good tacos' };
const rated: RatingEvent = { type: 'RestaurantRated', data };
const withdrawn: RatingEvent = { type: 'RatingWithdrawn', data: {} };

describe('ratingDecider', () => {
  it('keeps one live rating per diner and restaurant: a second PUT revises it, the same PUT is a no-op', () => {
    spec.given([]).when({ type: 'RateRestaurant', data, facts }).then(rated);
    spec.given([rated]).when({ type: 'RateRestaurant', data: { ...data, stars: 2 }, facts }).then({ type: 'RatingRevised', data: { stars: 2 } });
    spec.given([rated]).when({ type: 'RateRestaurant', data, facts }).then(null);
    const { comment: _c, ...noComment } = data;
    spec.given([rated]).when({ type: 'RateRestaurant', data: noComment, facts }).then({ type: 'RatingRevised', data: { comment: null } });
    spec.given([rated, { type: 'RatingRevised', data: { comment: null } }]).when({ type: 'RateRestaurant', data: noComment, facts }).then(null);
  });

  it('derives one stream per pair', () => {
    expect(ratingStreamFor('diner-A', 'restaurant-R')).toBe(ratingStreamFor('diner-A', 'restaurant-R'));
    expect(ratingStreamFor('diner-A', 'restaurant-S')).not.toBe(ratingStreamFor('diner-A', 'restaurant-R'));
    expect(ratingStreamFor('diner-B', 'restaurant-R')).not.toBe(ratingStreamFor('diner-A', 'restaurant-R'));
  });

  it('withdraws the live rating once; rating again afterwards starts a new live one', () => {
    spec.given([rated]).when({ type: 'WithdrawRating', facts }).then(withdrawn);
    spec.given([rated, withdrawn]).when({ type: 'WithdrawRating', facts }).thenThrows(DomainNotFoundError, code('rating-not-found'));
    spec.given([]).when({ type: 'WithdrawRating', facts }).thenThrows(DomainNotFoundError, code('rating-not-found'));
    spec.given([rated, withdrawn]).when({ type: 'RateRestaurant', data, facts }).then(rated);
  });

  it('refuses unregistered diners and unknown restaurants', () => {
    spec.given([]).when({ type: 'RateRestaurant', data, facts: { ...facts, dinerRegistered: false } }).thenThrows(DomainError, code('diner-not-registered'));
    spec.given([rated]).when({ type: 'WithdrawRating', facts: { dinerRegistered: false } }).thenThrows(DomainError, code('diner-not-registered'));
    spec.given([]).when({ type: 'RateRestaurant', data, facts: { ...facts, restaurantListed: false } }).thenThrows(DomainNotFoundError, code('restaurant-not-found'));
  });
});
