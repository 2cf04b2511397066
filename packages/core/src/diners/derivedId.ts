import { createHash } from 'node:crypto';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * `length` Crockford base32 characters of a SHA-256 over `parts`: ids and codes that a retry, a
 * second device or the sign-up trigger all derive alike, and that reveal nothing of their input.
 * The first character is 0-7 so a 26-character result is shaped like a ULID.
 */
export function derivedId(parts: readonly string[], length = 26): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 17)) bits = (bits << 8n) | BigInt(byte);
  const total = 136n;
  let id = crockford[Number(bits >> (total - 3n))]!;
  for (let i = 1; i < length; i++) id += crockford[Number((bits >> (total - 3n - 5n * BigInt(i))) & 31n)];
  return id;
}
