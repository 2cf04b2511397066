import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const ratingWithdrawnSchema = z.object({});

/** A diner withdrew their rating of a restaurant; they may rate it again later. */
export const ratingWithdrawn = defineEventType({
  type: 'RatingWithdrawn',
  source: 'forkcast.diners',
  schema: ratingWithdrawnSchema,
  description: 'A diner withdrew their rating of a restaurant.',
});
