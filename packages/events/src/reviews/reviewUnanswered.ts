import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const reviewUnansweredSchema = z.object({
  /** How long the notification waited for an answer. */
  waitedSeconds: z.number().int().positive(),
});
export type ReviewUnansweredData = z.infer<typeof reviewUnansweredSchema>;

/** The restaurant did not answer the review within the wait; the notification stopped waiting. */
export const reviewUnanswered = defineEventType({
  type: 'ReviewUnanswered',
  source: 'forkcast.reviews',
  schema: reviewUnansweredSchema,
  description: "The restaurant did not answer within the wait; the review's notification ended.",
});
