import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { reviewBodySchema, reviewStarsSchema, reviewTitleSchema } from './reviewText';

/** Only the changed fields. Never empty. */
export const reviewEditedSchema = z
  .object({
    title: reviewTitleSchema.describe('The new title; absent when unchanged.').optional(),
    body: reviewBodySchema.describe('The new text; absent when unchanged.').optional(),
    stars: reviewStarsSchema.describe('The new stars; absent when unchanged.').optional(),
  })
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'at least one field must change' });
export type ReviewEditedData = z.infer<typeof reviewEditedSchema>;

/** The author edited their review. */
export const reviewEdited = defineEventType({
  type: 'ReviewEdited',
  source: 'forkcast.reviews',
  schema: reviewEditedSchema,
  description: 'The author edited a review; carries only the changed fields.',
});
