import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const specialsReminderSentSchema = z.object({
  owner: z.string().min(1).describe('The owner\'s diner stream the reminder was for.'),
  remindedAt: z.iso.datetime({ offset: true }).describe('When the check sent it; the next one is due a whole period later at the earliest.'),
  specialsUpdatedAt: z.iso.datetime({ offset: true }).describe('The last SpecialPosted/SpecialWithdrawn (or the claim, if none) the owner was reminded about.'),
  periodDays: z.number().positive().describe('The freshness period (setting) in force, in days.'),
});
export type SpecialsReminderSentData = z.infer<typeof specialsReminderSentSchema>;

/** The freshness check mailed the restaurant a reminder: its specials have not changed for a period. */
export const specialsReminderSent = defineEventType({
  type: 'SpecialsReminderSent',
  source: 'forkcast.restaurants',
  schema: specialsReminderSentSchema,
  description: "The freshness check reminded the restaurant's owner that its specials have not been updated for a period.",
});
