import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimExpiredSchema = z.object({
  /** What the onboarding was waiting for when it gave up. */
  waitingFor: z.enum(['verification', 'contact']),
});
export type RestaurantClaimExpiredData = z.infer<typeof restaurantClaimExpiredSchema>;

/** Nobody verified the claim in time (staff are told). */
export const restaurantClaimExpired = defineEventType({
  type: 'RestaurantClaimExpired',
  source: 'forkcast.claims',
  schema: restaurantClaimExpiredSchema,
  description: 'Nobody verified the claim in time (staff are told).',
});
