import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { reviewBodySchema, reviewStarsSchema, reviewTitleSchema } from './reviewText';

export const reviewSubmittedSchema = z.object({
  /** The author's diner stream. */
  author: z.string().min(1).describe("The author's diner stream."),
  restaurant: z.string().min(1).describe('The reviewed restaurant (its stream, `restaurant-<ULID>`).'),
  title: reviewTitleSchema.describe('The headline of the review.'),
  body: reviewBodySchema.describe('The text of the review.'),
  stars: reviewStarsSchema.describe('One to five stars.'),
});
export type ReviewSubmittedData = z.infer<typeof reviewSubmittedSchema>;

/** A diner published a review of a restaurant. */
export const reviewSubmitted = defineEventType({
  type: 'ReviewSubmitted',
  source: 'forkcast.reviews',
  schema: reviewSubmittedSchema,
  description: 'A diner published a review of a restaurant.',
});
