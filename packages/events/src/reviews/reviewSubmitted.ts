import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { reviewBodySchema, reviewStarsSchema, reviewTitleSchema } from './reviewText';

export const reviewSubmittedSchema = z.object({
  /** The author's diner stream. */
  author: z.string().min(1),
  restaurant: z.string().min(1),
  title: reviewTitleSchema,
  body: reviewBodySchema,
  stars: reviewStarsSchema,
});
export type ReviewSubmittedData = z.infer<typeof reviewSubmittedSchema>;

/** A diner published a review of a restaurant. */
export const reviewSubmitted = defineEventType({
  type: 'ReviewSubmitted',
  source: 'forkcast.reviews',
  schema: reviewSubmittedSchema,
  description: 'A diner published a review of a restaurant.',
});
