import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const specialsReminderSentSchema = z.object({
  /** The owner's diner stream the reminder was for. */
  owner: z.string().min(1),
  /** When the check sent it; the next one is due a whole period later at the earliest. */
  remindedAt: z.iso.datetime({ offset: true }),
  /** The last SpecialPosted/SpecialWithdrawn (or the claim, if none) the owner was reminded about. */
  specialsUpdatedAt: z.iso.datetime({ offset: true }),
  /** The freshness period (setting) in force, in days. */
  periodDays: z.number().positive(),
});
export type SpecialsReminderSentData = z.infer<typeof specialsReminderSentSchema>;

/** The freshness check mailed the restaurant a reminder: its specials have not changed for a period. */
export const specialsReminderSent = defineEventType({
  type: 'SpecialsReminderSent',
  source: 'forkcast.restaurants',
  schema: specialsReminderSentSchema,
  description: "The freshness check reminded the restaurant's owner that its specials have not been updated for a period.",
});
