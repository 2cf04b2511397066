import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const reviewWithdrawnSchema = z.object({});

/** The author withdrew their review: it leaves every list and cannot be edited or shared. */
export const reviewWithdrawn = defineEventType({
  type: 'ReviewWithdrawn',
  source: 'forkcast.reviews',
  schema: reviewWithdrawnSchema,
  description: 'The author withdrew a review.',
});
