import type { ReviewEvent, ReviewSubmittedData } from '@forkcast/events';

export type ReviewState =
  | { status: 'none' }
  | { status: 'published'; review: ReviewSubmittedData }
  | { status: 'withdrawn'; review: ReviewSubmittedData };

export const initialReviewState = (): ReviewState => ({ status: 'none' });

export function evolveReview(state: ReviewState, event: ReviewEvent): ReviewState {
  switch (event.type) {
    case 'ReviewSubmitted':
      return { status: 'published', review: event.data };
    case 'ReviewEdited':
      return state.status === 'published' ? { status: 'published', review: { ...state.review, ...definedOnly(event.data) } } : state;
    case 'ReviewWithdrawn':
      return state.status === 'published' ? { status: 'withdrawn', review: state.review } : state;
    case 'ReviewShared':
      return state;
  }
}

export function definedOnly<T extends object>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as Partial<T>;
}
