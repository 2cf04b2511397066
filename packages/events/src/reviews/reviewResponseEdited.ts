import type * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { reviewRespondedSchema } from './reviewResponded';

export const reviewResponseEditedSchema = reviewRespondedSchema;
export type ReviewResponseEditedData = z.infer<typeof reviewResponseEditedSchema>;

/** The restaurant rewrote its answer to a review; the body replaces the previous one. */
export const reviewResponseEdited = defineEventType({
  type: 'ReviewResponseEdited',
  source: 'forkcast.reviews',
  schema: reviewResponseEditedSchema,
  description: "The restaurant rewrote its answer to a review.",
});
