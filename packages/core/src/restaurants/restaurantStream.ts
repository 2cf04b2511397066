import { createHash } from 'node:crypto';
import { ulid } from 'ulid';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const streamPattern = /^restaurant-[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** A fresh stream id for a restaurant created by staff: `restaurant-<ULID>`. */
export function newRestaurantStream(): string {
  return `restaurant-${ulid()}`;
}

/**
 * The stream of an imported restaurant, derived from source + external id so that a re-import
 * lands on the same stream. Shaped like a ULID (26 Crockford chars, first char 0-7) so that both
 * kinds of id pass the same validation; its "time" part means nothing.
 */
export function restaurantStreamFor(source: string, externalId: string): string {
  const digest = createHash('sha256').update(`${source.trim().toLowerCase()}\u0000${externalId.trim()}`).digest();
  // 128 hash bits: 3 for the first char (a ULID's first char is 0-7), then 25 chars of 5 bits.
  let bits = 0n;
  for (const byte of digest.subarray(0, 16)) bits = (bits << 8n) | BigInt(byte);
  let id = crockford[Number(bits >> 125n)]!;
  for (let i = 1; i < 26; i++) id += crockford[Number((bits >> BigInt(125 - 5 * i)) & 31n)];
  return `restaurant-${id}`;
}

/** Whether `value` is a well-formed restaurant stream id (e.g. a path parameter). */
export function isRestaurantStream(value: string): boolean {
  return streamPattern.test(value);
}
