import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const contestEntryEarnedSchema = z.object({
  /** The inviter's diner stream. */
  inviter: z.string().min(1).describe("The inviter's diner stream."),
  /** The accepted invitation that completed the five (it is credited by this event too). */
  invitation: z.string().min(1).describe('The accepted invitation (its stream) that completed the five; this event credits it too.'),
  acceptedInvitations: z.number().int().positive().describe('Accepted invitations credited to the inviter so far, this one included.'),
  /** Entries the inviter holds now, this one included. */
  entries: z.number().int().positive().describe('Entries the inviter holds now, this one included.'),
});
export type ContestEntryEarnedData = z.infer<typeof contestEntryEarnedSchema>;

/** Every fifth accepted invitation earns the inviter one contest entry. */
export const contestEntryEarned = defineEventType({
  type: 'ContestEntryEarned',
  source: 'forkcast.diners',
  schema: contestEntryEarnedSchema,
  description: 'The inviter earned a contest entry (every fifth accepted invitation).',
});
