import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import { derivedId } from './derivedId';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const codePattern = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/** A fresh invitation code: 60 random bits, unguessable, in Crockford base32. */
export function newInvitationCode(): string {
  return Array.from(randomBytes(12), (b) => crockford[b & 31]).join('');
}

/** The code a retried POST /invitations derives from the inviter and its Idempotency-Key. */
export function invitationCodeFor(inviter: string, idempotencyKey: string): string {
  return derivedId(['invitation', inviter, idempotencyKey], 13).slice(1);
}

export function isInvitationCode(value: string): boolean {
  return codePattern.test(value);
}

export const invitationStream = (code: string): string => `invitation-${code}`;

/** The inviter's own contest stream: their credited invitations and entries, never contended by others' invitations. */
export function contestStreamFor(inviter: string): string {
  return `contest-${derivedId(['contest', inviter])}`;
}

/** A draw's stream. */
export function newDrawStream(): string {
  return `draw-${ulid()}`;
}
