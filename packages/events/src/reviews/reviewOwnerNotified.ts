import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const reviewOwnerNotifiedSchema = z.object({
  /** The owner's diner stream. */
  owner: z.string().min(1),
  /** False when no email of the owner is known: the outcome is recorded, nothing was sent. */
  emailed: z.boolean(),
});
export type ReviewOwnerNotifiedData = z.infer<typeof reviewOwnerNotifiedSchema>;

/** The review's notification emailed the restaurant's owner a link to respond. */
export const reviewOwnerNotified = defineEventType({
  type: 'ReviewOwnerNotified',
  source: 'forkcast.reviews',
  schema: reviewOwnerNotifiedSchema,
  description: "The restaurant's owner was told of the review, with a link to respond.",
});
