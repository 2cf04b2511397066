import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const contestEntryEarnedSchema = z.object({
  /** The inviter's diner stream. */
  inviter: z.string().min(1),
  /** The accepted invitation that completed the five (it is credited by this event too). */
  invitation: z.string().min(1),
  acceptedInvitations: z.number().int().positive(),
  /** Entries the inviter holds now, this one included. */
  entries: z.number().int().positive(),
});
export type ContestEntryEarnedData = z.infer<typeof contestEntryEarnedSchema>;

/** Every fifth accepted invitation earns the inviter one contest entry. */
export const contestEntryEarned = defineEventType({
  type: 'ContestEntryEarned',
  source: 'forkcast.diners',
  schema: contestEntryEarnedSchema,
  description: 'The inviter earned a contest entry (every fifth accepted invitation).',
});
