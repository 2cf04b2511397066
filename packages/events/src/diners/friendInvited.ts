import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const friendInvitedSchema = z.object({
  /** The inviter's diner stream. */
  inviter: z.string().min(1).describe("The inviter's diner stream."),
  /** Whom the invitation was sent to: personal. */
  email: z.email().max(320).meta({ personal: true }).describe('Whom the invitation was sent to.'),
  /** When it was sent; a diner registered before this cannot accept it. */
  sentAt: z.iso.datetime().describe('When it was sent; a diner registered before this cannot accept it.'),
});
export type FriendInvitedData = z.infer<typeof friendInvitedSchema>;

/** A diner invited a friend; the stream (`invitation-<code>`) names the code. */
export const friendInvited = defineEventType({
  type: 'FriendInvited',
  source: 'forkcast.diners',
  schema: friendInvitedSchema,
  description: 'A diner invited a friend by email, with a code.',
});
