import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimVerifiedSchema = z.object({});
export type RestaurantClaimVerifiedData = z.infer<typeof restaurantClaimVerifiedSchema>;

/** The verification link was redeemed. */
export const restaurantClaimVerified = defineEventType({
  type: 'RestaurantClaimVerified',
  source: 'forkcast.claims',
  schema: restaurantClaimVerifiedSchema,
  description: 'The verification link was redeemed.',
});
