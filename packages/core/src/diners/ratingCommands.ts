import type { RestaurantRatedData } from '@forkcast/events';

/** What the handler read before deciding (see VisitFacts). */
export interface RatingFacts {
  dinerRegistered: boolean;
  restaurantListed: boolean;
}

/** PUT: rate, or revise the live rating; the same rating again is a no-op. */
export interface RateRestaurant {
  type: 'RateRestaurant';
  data: RestaurantRatedData;
  facts: RatingFacts;
}

/** DELETE: withdraw the live rating. */
export interface WithdrawRating {
  type: 'WithdrawRating';
  facts: Pick<RatingFacts, 'dinerRegistered'>;
}

export type RatingCommand = RateRestaurant | WithdrawRating;
