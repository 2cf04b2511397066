import { ulid } from 'ulid';

const streamPattern = /^visit-[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** A visit is its own consistency boundary: `visit-<ULID>`, so diners never contend on one stream. */
export function newVisitStream(): string {
  return `visit-${ulid()}`;
}

export function isVisitStream(value: string): boolean {
  return streamPattern.test(value);
}
