import { createHash } from 'node:crypto';
import { InvalidCursorError } from '../projections/viewCursor';

const tagChars = 16;
const cursorShape = new RegExp(`^([0-9A-HJKMNP-TV-Z]{26})\\.([A-Za-z0-9_-]{${tagChars}})$`);

/**
 * Opaque cursor of a log query page: the id of the last event read and a tag binding it to the
 * query (its canonical text), as viewCursor does for views. A cursor of another query or an edited
 * one fails the tag; one a client computes for this query is only a position inside its range.
 */
export function encodeLogCursor(query: string, lastId: string): string {
  return `${lastId}.${tagOf(query, lastId)}`;
}

/** The event id a cursor issued for `query` continues after; throws InvalidCursorError otherwise. */
export function decodeLogCursor(query: string, cursor: string): string {
  const shape = cursorShape.exec(cursor);
  if (!shape || shape[2] !== tagOf(query, shape[1]!)) throw new InvalidCursorError(cursor);
  return shape[1]!;
}

function tagOf(query: string, lastId: string): string {
  return createHash('sha256').update(`log\n${query}\n${lastId}`, 'utf8').digest('base64url').slice(0, tagChars);
}
