import { DomainNotFoundError, isReviewStream } from '@forkcast/core';

/** The stream a `/reviews/{id}` path names; an id we could never have issued is simply not found. */
export function reviewStreamFromPath(id: string): string {
  if (!isReviewStream(id)) throw new DomainNotFoundError('review-not-found', 'there is no such review');
  return id;
}
