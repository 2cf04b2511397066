import { ratingEventTypes, type RatingEvent, type RatingRevisedData } from '@forkcast/events';
import type { Decider } from '../decider';
import { DomainNotFoundError } from '../commands/commandErrors';
import type { RatingCommand } from './ratingCommands';
import { evolveRating, initialRatingState, type RatingState } from './ratingState';
import { dinerNotRegistered } from './dinerNotRegistered';

function decide(command: RatingCommand, state: RatingState): RatingEvent | null {
  if (!command.facts.dinerRegistered) throw dinerNotRegistered();
  switch (command.type) {
    case 'RateRestaurant': {
      if (state.status !== 'live') {
        if (!command.facts.restaurantListed) throw new DomainNotFoundError('restaurant-not-found', 'there is no such listed restaurant');
        return { type: 'RestaurantRated', data: command.data };
      }
      const { stars, comment } = command.data;
      // PUT carries the whole rating: a comment it leaves out is cleared.
      const changes: RatingRevisedData = {
        ...(stars !== state.rating.stars ? { stars } : {}),
        ...(comment !== state.rating.comment ? { comment: comment ?? null } : {}),
      } as RatingRevisedData;
      return Object.keys(changes).length === 0 ? null : { type: 'RatingRevised', data: changes };
    }
    case 'WithdrawRating':
      if (state.status !== 'live') throw new DomainNotFoundError('rating-not-found', 'there is no rating of yours to withdraw');
      return { type: 'RatingWithdrawn', data: {} };
  }
}

/** A diner's rating of one restaurant: one stream per pair (ratingStream.ts), one live rating. */
export const ratingDecider: Decider<RatingCommand, RatingEvent, RatingState> = {
  eventTypes: ratingEventTypes.map((t) => t.type),
  initialState: initialRatingState,
  evolve: evolveRating,
  decide,
};
