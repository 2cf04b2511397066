import { decodeTime } from 'ulid';

/** UTC yyyy-mm-dd of a ULID's timestamp: the byDay partition an event lands in. */
export function dayOfId(id: string): string {
  return new Date(decodeTime(id)).toISOString().slice(0, 10);
}
