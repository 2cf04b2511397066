import type { ReviewEventEnvelope, ReviewSubmittedData } from '@forkcast/events';
import { definedOnly } from '../reviewState';

/**
 * A published review as lists show it; null once withdrawn. `response` (the owner's answer) is
 * absent until owners can respond.
 */
export type ReviewView = ReviewSubmittedData & { id: string; submittedAt: string; updatedAt: string; shares: number; response?: string };

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
  }
}

/** Sorts newest first in an ascending index: the submission time subtracted from a far date. */
export function newestFirst(view: ReviewView): string {
  const inverted = 9_999_999_999_999 - Date.parse(view.submittedAt);
  return `${String(inverted).padStart(13, '0')}#${view.id}`;
}
