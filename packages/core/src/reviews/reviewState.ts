import type { ReviewEvent, ReviewSubmittedData } from '@forkcast/events';

export type ReviewState =
  | { status: 'none' }
  | { status: 'published'; review: ReviewSubmittedData; response?: ReviewResponse }
  | { status: 'withdrawn'; review: ReviewSubmittedData; response?: ReviewResponse };

/** The restaurant's one answer to a review (edits replace the body). */
export interface ReviewResponse {
  respondedBy: string;
  body: string;
}

export const initialReviewState = (): ReviewState => ({ status: 'none' });

export function evolveReview(state: ReviewState, event: ReviewEvent): ReviewState {
  switch (event.type) {
    case 'ReviewSubmitted':
      return { status: 'published', review: event.data };
    case 'ReviewEdited':
      return state.status === 'published' ? { ...state, review: { ...state.review, ...definedOnly(event.data) } } : state;
    case 'ReviewWithdrawn':
      return state.status === 'published' ? { ...state, status: 'withdrawn' } : state;
    case 'ReviewShared':
      return state;
    case 'ReviewResponded':
    case 'ReviewResponseEdited':
      return state.status === 'none' ? state : { ...state, response: { respondedBy: event.data.respondedBy, body: event.data.body } };
  }
}

export function definedOnly<T extends object>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as Partial<T>;
}
