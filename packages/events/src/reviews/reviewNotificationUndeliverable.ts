import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

/** Why nobody at the restaurant could be told: it has no owner and staff know no contact. */
export const undeliverableReasonSchema = z.enum(['no-restaurant-contact']);

export const reviewNotificationUndeliverableSchema = z.object({ reason: undeliverableReasonSchema });
export type ReviewNotificationUndeliverableData = z.infer<typeof reviewNotificationUndeliverableSchema>;

/** Nobody at the restaurant could be told of the review. */
export const reviewNotificationUndeliverable = defineEventType({
  type: 'ReviewNotificationUndeliverable',
  source: 'forkcast.reviews',
  schema: reviewNotificationUndeliverableSchema,
  description: 'Nobody at the restaurant could be told of the review (no owner, no known contact).',
});
