import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimGrantedSchema = z.object({
  /** The restaurant the claimant now owns (RestaurantClaimed is on its stream). */
  restaurant: z.string().min(1).max(120),
});
export type RestaurantClaimGrantedData = z.infer<typeof restaurantClaimGrantedSchema>;

/** The claim made its claimant the owner of the restaurant. */
export const restaurantClaimGranted = defineEventType({
  type: 'RestaurantClaimGranted',
  source: 'forkcast.claims',
  schema: restaurantClaimGrantedSchema,
  description: 'The claim made its claimant the owner of the restaurant.',
});
