import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimVerificationResentSchema = z.object({
  contactId: z.string().min(1).max(40).describe('The restaurant contact the link went to again (its id, not its address).'),
  expiresAt: z.iso.datetime().describe('Until when the new link works: the end of the first link, since the onboarding waits no longer.'),
});
export type RestaurantClaimVerificationResentData = z.infer<typeof restaurantClaimVerificationResentSchema>;

/** Staff had the verification link emailed again to the restaurant's contact. */
export const restaurantClaimVerificationResent = defineEventType({
  type: 'RestaurantClaimVerificationResent',
  source: 'forkcast.claims',
  schema: restaurantClaimVerificationResentSchema,
  description: "Staff had the verification link emailed again to the restaurant's contact.",
});
