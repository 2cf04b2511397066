import { ulid } from 'ulid';

const streamPattern = /^review-[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** A review is its own consistency boundary: `review-<ULID>`. */
export function newReviewStream(): string {
  return `review-${ulid()}`;
}

export function isReviewStream(value: string): boolean {
  return streamPattern.test(value);
}
