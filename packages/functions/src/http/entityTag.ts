import { badRequest } from './httpProblem';

/** Strong ETag of a stream version: `"7"`. */
export function entityTag(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header names: undefined when absent or `*` (any current version).
 * Anything but one strong or weak tag of a positive integer is a malformed header (400).
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (value === '*') return undefined;
  // Only the tags we issue: "01" or "+1" would name version 1 under a tag we never sent.
  const match = /^(?:W\/)?"([1-9]\d{0,14})"$/.exec(value);
  if (!match) {
    throw badRequest('If-Match must be one entity tag such as "3".', [{ path: 'header.if-match', message: `not an entity tag: ${value.slice(0, 40)}` }]);
  }
  return Number(match[1]);
}

/** Whether an `If-None-Match` header matches the current version (weak comparison, RFC 9110). */
export function ifNoneMatchHits(header: string | undefined, version: number): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entityTag(version));
}
