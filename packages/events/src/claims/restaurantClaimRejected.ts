import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimRejectedSchema = z.object({
  reason: z.enum(['restaurant-already-claimed', 'restaurant-not-listed']),
});
export type RestaurantClaimRejectedData = z.infer<typeof restaurantClaimRejectedSchema>;

/** The claim lost: the restaurant has another owner (or is gone). */
export const restaurantClaimRejected = defineEventType({
  type: 'RestaurantClaimRejected',
  source: 'forkcast.claims',
  schema: restaurantClaimRejectedSchema,
  description: 'The claim lost: the restaurant has another owner (or is gone).',
});
