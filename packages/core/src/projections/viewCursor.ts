import type { AttributeValue } from '@aws-sdk/client-dynamodb';

/** Opaque, URL-safe cursor for a Views query page (the GSI start key). */
export function encodeViewCursor(key: Record<string, AttributeValue>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The start key of a cursor; throws InvalidCursorError for anything we did not issue. */
export function decodeViewCursor(cursor: string): Record<string, AttributeValue> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, { S?: unknown }>;
    const ok = ['pk', 'ix', 'ixSort'].every((k) => typeof key[k]?.S === 'string') && Object.keys(key).length === 3;
    if (ok) return key as Record<string, AttributeValue>;
  } catch {
    // fall through: a malformed cursor is the client's error, not ours
  }
  throw new InvalidCursorError(cursor);
}

/** A cursor that is not one we issued (HTTP 400). */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
  constructor(readonly cursor: string) {
    super('invalid cursor');
  }
}
