import { derivedId } from './derivedId';

const streamPattern = /^diner-[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/**
 * A diner's stream, derived from the token's `sub` so POST /me, a retry and the Cognito trigger
 * land on the same stream; hashed, so the subject never appears in ids, keys or logs.
 */
export function dinerStreamFor(sub: string): string {
  return `diner-${derivedId(['diner', sub])}`;
}

export function isDinerStream(value: string): boolean {
  return streamPattern.test(value);
}

/** The referral code a diner hands out, derived from their stream (stable, not their identity). */
export function referralCodeFor(dinerStream: string): string {
  return derivedId(['referral', dinerStream], 10);
}
