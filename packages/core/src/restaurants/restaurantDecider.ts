import type { RestaurantEvent, RestaurantProfileUpdatedData } from '@forkcast/events';
import type { Decider } from '../decider';
import { DomainError, StreamNotFoundError } from '../commands/commandErrors';
import type { RestaurantCommand } from './restaurantCommands';
import { evolveRestaurant, initialRestaurantState, type RestaurantState } from './restaurantState';
import { profileChanges } from './profileChanges';

function listedOnly(state: RestaurantState): Extract<RestaurantState, { status: 'listed' }> {
  // The handler replaces the label with the real stream id.
  if (state.status === 'unlisted') throw new StreamNotFoundError('restaurant');
  if (state.status === 'delisted') throw new DomainError('restaurant-delisted', 'the restaurant is delisted');
  return state;
}

function updated(changes: RestaurantProfileUpdatedData): RestaurantEvent[] {
  return Object.keys(changes).length === 0 ? [] : [{ type: 'RestaurantProfileUpdated', data: changes }];
}

function decide(command: RestaurantCommand, state: RestaurantState): RestaurantEvent[] {
  switch (command.type) {
    case 'ListRestaurant':
      if (state.status !== 'unlisted') throw new DomainError('restaurant-already-listed', 'the restaurant is already listed');
      return [{ type: 'RestaurantListed', data: command.data }];
    case 'UpdateRestaurantProfile':
      return updated(profileChanges(listedOnly(state).profile, command.data));
    case 'DelistRestaurant':
      if (state.status === 'delisted') throw new DomainError('restaurant-already-delisted', 'the restaurant is already delisted');
      listedOnly(state);
      return [{ type: 'RestaurantDelisted', data: { reason: command.data.reason } }];
    case 'ImportRestaurant':
      if (state.status === 'unlisted') return [{ type: 'RestaurantListed', data: command.data }];
      if (state.status === 'delisted') return [];
      return updated(profileChanges(state.profile, command.data));
  }
}

/** The restaurant aggregate: one stream per restaurant (see restaurantStream.ts). */
export const restaurantDecider: Decider<RestaurantCommand, RestaurantEvent, RestaurantState> = {
  initialState: initialRestaurantState,
  evolve: evolveRestaurant,
  decide,
};
