import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const invitationCreditedSchema = z.object({
  /** The inviter's diner stream. */
  inviter: z.string().min(1).describe("The inviter's diner stream."),
  /** The accepted invitation's stream. */
  invitation: z.string().min(1).describe("The accepted invitation's stream."),
  /** Accepted invitations credited to the inviter so far, this one included. */
  acceptedInvitations: z.number().int().positive().describe('Accepted invitations credited to the inviter so far, this one included.'),
});
export type InvitationCreditedData = z.infer<typeof invitationCreditedSchema>;

/** An accepted invitation counted towards the inviter's next contest entry. */
export const invitationCredited = defineEventType({
  type: 'InvitationCredited',
  source: 'forkcast.diners',
  schema: invitationCreditedSchema,
  description: "An accepted invitation counted on the inviter's contest stream (not yet a fifth).",
});
