import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { ratingCommentSchema, starsSchema } from './ratingStars';

/** The changed fields; a null comment clears it. Never empty. */
export const ratingRevisedSchema = z
  .object({
    stars: starsSchema.describe('The new stars; absent when unchanged.').optional(),
    comment: ratingCommentSchema.nullable().describe('The new comment; null clears it, absent leaves it.').optional(),
  })
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'at least one field must change' });
export type RatingRevisedData = z.infer<typeof ratingRevisedSchema>;

/** A diner changed their live rating of a restaurant. */
export const ratingRevised = defineEventType({
  type: 'RatingRevised',
  source: 'forkcast.diners',
  schema: ratingRevisedSchema,
  description: 'A diner revised their rating of a restaurant; carries only the changed fields.',
});
