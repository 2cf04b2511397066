import type { RestaurantListedData, RestaurantEvent, RestaurantProfileUpdatedData } from '@forkcast/events';

/** What the decider needs to know about a restaurant. */
export type RestaurantState =
  | { status: 'unlisted' }
  | { status: 'listed'; profile: RestaurantListedData }
  | { status: 'delisted'; profile: RestaurantListedData; reason: string };

/** A stream with no events: the restaurant was never listed. */
export const initialRestaurantState = (): RestaurantState => ({ status: 'unlisted' });

/** Applies changed fields to a profile: undefined keeps a field, null removes it. */
export function applyProfileChanges(profile: RestaurantListedData, changes: RestaurantProfileUpdatedData): RestaurantListedData {
  const next: Record<string, unknown> = { ...profile };
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next as RestaurantListedData;
}

/** Folds one restaurant event into the state (pure). */
export function evolveRestaurant(state: RestaurantState, event: RestaurantEvent): RestaurantState {
  switch (event.type) {
    case 'RestaurantListed':
      return { status: 'listed', profile: event.data };
    case 'RestaurantProfileUpdated':
      return state.status === 'unlisted' ? state : { ...state, profile: applyProfileChanges(state.profile, event.data) };
    case 'RestaurantDelisted':
      return state.status === 'unlisted' ? state : { status: 'delisted', profile: state.profile, reason: event.data.reason };
  }
}
