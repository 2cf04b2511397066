import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimRequestedSchema = z.object({
  /** The restaurant's stream. */
  restaurant: z.string().regex(/^restaurant-[0-9A-Z]{26}$/),
  /** Its name when the claim was made, so staff views need no second read. */
  restaurantName: z.string().min(1).max(200),
  /** The claimant's diner stream (a derived id, never the sign-in subject). */
  claimant: z.string().regex(/^diner-[0-9A-Z]{26}$/),
  /** The onboarding execution's name, `onboard-<restaurant>-<claimId>`. */
  execution: z.string().min(1).max(80),
  /** Whether the claim came from an emailed invitation link (a review notification). */
  invited: z.boolean().optional(),
});
export type RestaurantClaimRequestedData = z.infer<typeof restaurantClaimRequestedSchema>;

/** A registered diner claimed a restaurant; its onboarding starts. */
export const restaurantClaimRequested = defineEventType({
  type: 'RestaurantClaimRequested',
  source: 'forkcast.claims',
  schema: restaurantClaimRequestedSchema,
  description: 'A registered diner claimed a restaurant; its onboarding starts.',
});
