import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const invitationAcceptedSchema = z.object({
  inviter: z.string().min(1).describe("The inviter's diner stream, from the invitation."),
  /** The newly registered diner's stream. */
  invitee: z.string().min(1).describe("The newly registered diner's stream."),
});
export type InvitationAcceptedData = z.infer<typeof invitationAcceptedSchema>;

/** A newly registered diner accepted an invitation (once, never their own). */
export const invitationAccepted = defineEventType({
  type: 'InvitationAccepted',
  source: 'forkcast.diners',
  schema: invitationAcceptedSchema,
  description: 'A newly registered diner accepted an invitation.',
});
