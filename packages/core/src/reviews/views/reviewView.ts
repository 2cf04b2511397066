import type { ReviewEventEnvelope, ReviewSubmittedData } from '@forkcast/events';
import { definedOnly } from '../reviewState';

/** A published review as lists show it, with the restaurant's answer under it; null once withdrawn. */
export type ReviewView = ReviewSubmittedData & { id: string; submittedAt: string; updatedAt: string; shares: number; response?: ReviewViewResponse };

/** The restaurant's answer as readers see it. */
export interface ReviewViewResponse {
  body: string;
  respondedAt: string;
  editedAt?: string;
}

export function evolveReviewView(view: ReviewView | null, event: ReviewEventEnvelope): ReviewView | null {
  switch (event.type) {
    case 'ReviewSubmitted':
      return { ...event.data, id: event.stream, submittedAt: event.occurredAt, updatedAt: event.occurredAt, shares: 0 };
    case 'ReviewEdited':
      return view && { ...view, ...definedOnly(event.data), updatedAt: event.occurredAt };
    case 'ReviewWithdrawn':
      return null;
    case 'ReviewShared':
      return view && { ...view, shares: view.shares + 1 };
    case 'ReviewResponded':
      return view && { ...view, response: { body: event.data.body, respondedAt: event.occurredAt } };
    case 'ReviewResponseEdited':
      return view && { ...view, response: { body: event.data.body, respondedAt: view.response?.respondedAt ?? event.occurredAt, editedAt: event.occurredAt } };
    default:
      // The notification's journey (ReviewOwnerNotified, …) changes nothing readers see.
      return view;
  }
}

/** Sorts newest first in an ascending index: the submission time subtracted from a far date. */
export function newestFirst(view: ReviewView): string {
  const inverted = 9_999_999_999_999 - Date.parse(view.submittedAt);
  return `${String(inverted).padStart(13, '0')}#${view.id}`;
}
