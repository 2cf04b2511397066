import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const reviewerNotifiedOfResponseSchema = z.object({
  /** False when no email of the reviewer is known: the outcome is recorded, nothing was sent. */
  emailed: z.boolean(),
});
export type ReviewerNotifiedOfResponseData = z.infer<typeof reviewerNotifiedOfResponseSchema>;

/** The reviewer was told that the restaurant answered their review. */
export const reviewerNotifiedOfResponse = defineEventType({
  type: 'ReviewerNotifiedOfResponse',
  source: 'forkcast.reviews',
  schema: reviewerNotifiedOfResponseSchema,
  description: 'The reviewer was told that the restaurant answered.',
});
