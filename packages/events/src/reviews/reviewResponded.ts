import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { reviewBodySchema } from './reviewText';

export const reviewRespondedSchema = z.object({
  /** Who answered for the restaurant: the owner's diner stream, or `staff:<sub>`. */
  respondedBy: z.string().min(1).describe("Who answered for the restaurant: the owner's diner stream, or `staff:<sub>`."),
  body: reviewBodySchema.describe("The restaurant's answer."),
});
export type ReviewRespondedData = z.infer<typeof reviewRespondedSchema>;

/** The restaurant answered a review (one response per review; later changes are ReviewResponseEdited). */
export const reviewResponded = defineEventType({
  type: 'ReviewResponded',
  source: 'forkcast.reviews',
  schema: reviewRespondedSchema,
  description: 'The restaurant (its owner, or staff for it) answered a review.',
});
