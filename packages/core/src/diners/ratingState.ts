import type { RatingEvent, RestaurantRatedData } from '@forkcast/events';

export type RatingState = { status: 'none' } | { status: 'live'; rating: RestaurantRatedData } | { status: 'withdrawn'; rating: RestaurantRatedData };

export const initialRatingState = (): RatingState => ({ status: 'none' });

export function evolveRating(state: RatingState, event: RatingEvent): RatingState {
  switch (event.type) {
    case 'RestaurantRated':
      return { status: 'live', rating: event.data };
    case 'RatingRevised': {
      if (state.status !== 'live') return state;
      const { comment, stars } = event.data;
      const { comment: _old, ...rest } = state.rating;
      const rating = { ...rest, ...(stars !== undefined ? { stars } : {}) };
      const kept = comment === undefined ? state.rating.comment : comment ?? undefined;
      return { status: 'live', rating: kept === undefined ? rating : { ...rating, comment: kept } };
    }
    case 'RatingWithdrawn':
      return state.status === 'live' ? { status: 'withdrawn', rating: state.rating } : state;
  }
}
