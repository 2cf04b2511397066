import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const reviewResponseAwaitedSchema = z.object({
  /** The task token the review's notification waits on; the policy on ReviewResponded releases it. */
  taskToken: z.string().min(1).max(8192),
});
export type ReviewResponseAwaitedData = z.infer<typeof reviewResponseAwaitedSchema>;

/** The review's notification waits for the restaurant to answer. */
export const reviewResponseAwaited = defineEventType({
  type: 'ReviewResponseAwaited',
  source: 'forkcast.reviews',
  schema: reviewResponseAwaitedSchema,
  description: "The review's notification waits for the restaurant's answer; carries the task token that releases it.",
});
