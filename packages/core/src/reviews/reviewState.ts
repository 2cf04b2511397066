import type { ReviewEvent, ReviewSubmittedData } from '@forkcast/events';

export type ReviewState =
  | { status: 'none' }
  | { status: 'published'; review: ReviewSubmittedData; response?: ReviewResponse; notification?: ReviewNotification }
  | { status: 'withdrawn'; review: ReviewSubmittedData; response?: ReviewResponse; notification?: ReviewNotification };

/** How far the review's notification (workflow review-notification) has come: what its events recorded. */
export interface ReviewNotification {
  /** Whom the restaurant's side reached: its owner, a contact, or nobody. */
  restaurant?: 'owner-notified' | 'forwarded' | 'undeliverable';
  /** The task token it waits on for the restaurant's answer. */
  awaitingResponse?: string;
  reviewerNotified?: boolean;
  unanswered?: boolean;
}

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
    case 'ReviewOwnerNotified':
      return noted(state, { restaurant: 'owner-notified' });
    case 'ReviewForwardedToRestaurant':
      return noted(state, { restaurant: 'forwarded' });
    case 'ReviewNotificationUndeliverable':
      return noted(state, { restaurant: 'undeliverable' });
    case 'ReviewResponseAwaited':
      return noted(state, { awaitingResponse: event.data.taskToken });
    case 'ReviewerNotifiedOfResponse':
      return noted(state, { reviewerNotified: true });
    case 'ReviewUnanswered':
      return noted(state, { unanswered: true });
  }
}

export function definedOnly<T extends object>(data: T): Partial<T> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function noted(state: ReviewState, change: ReviewNotification): ReviewState {
  return state.status === 'none' ? state : { ...state, notification: { ...state.notification, ...change } };
}
