import { createHash } from 'node:crypto';
import { viewKeyLimits } from './boundedKey';

/** Where a page ended: the last item's sort key and stream, within the index partition it was read from. */
export interface ViewPosition {
  sort: string;
  stream: string;
}

const tagChars = 16;
const maxStreamBytes = 200;
// base64url of ["<sort>","<stream>"] at the byte limits, with room for JSON escapes.
const maxPayloadChars = Math.ceil(((viewKeyLimits.sortKeyBytes + maxStreamBytes) * 2 + 8) * 4 / 3);
const cursorShape = new RegExp(`^([A-Za-z0-9_-]{4,${maxPayloadChars}})\\.([A-Za-z0-9_-]{${tagChars}})$`);

/**
 * Opaque, URL-safe cursor for a page of the index partition `partition`: the position, and a tag
 * binding it to that partition (projection, index and key). No secret is needed: a cursor from
 * another query, or edited, fails the tag; one a client computes for this query is only a position
 * in it, so it can never take DynamoDB outside the query's boundaries.
 */
export function encodeViewCursor(partition: string, position: ViewPosition): string {
  const payload = Buffer.from(JSON.stringify([position.sort, position.stream]), 'utf8').toString('base64url');
  return `${payload}.${tagOf(partition, payload)}`;
}

/** The position of a cursor issued for `partition`; throws InvalidCursorError for anything else. */
export function decodeViewCursor(partition: string, cursor: string): ViewPosition {
  const shape = cursorShape.exec(cursor);
  if (!shape || shape[2] !== tagOf(partition, shape[1]!)) throw new InvalidCursorError(cursor);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(shape[1]!, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw new InvalidCursorError(cursor);
  const [sort, stream] = decoded as unknown[];
  const ok =
    typeof sort === 'string' && sort.length > 0 && Buffer.byteLength(sort) <= viewKeyLimits.sortKeyBytes &&
    typeof stream === 'string' && /^[\x21-\x7e]+$/.test(stream) && stream.length <= maxStreamBytes;
  if (!ok) throw new InvalidCursorError(cursor);
  return { sort, stream };
}

function tagOf(partition: string, payload: string): string {
  return createHash('sha256').update(`${partition}\n${payload}`, 'utf8').digest('base64url').slice(0, tagChars);
}

/** A cursor that is not one we issued for this query (HTTP 400). */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
  constructor(readonly cursor: string) {
    super('invalid cursor');
  }
}
