import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimVerificationSentSchema = z.object({
  /** The restaurant contact the link went to (its id, not its address). */
  contactId: z.string().min(1).max(40),
  /** Until when the link works. */
  expiresAt: z.iso.datetime(),
});
export type RestaurantClaimVerificationSentData = z.infer<typeof restaurantClaimVerificationSentSchema>;

/** A verification link went to the known contact of the restaurant. */
export const restaurantClaimVerificationSent = defineEventType({
  type: 'RestaurantClaimVerificationSent',
  source: 'forkcast.claims',
  schema: restaurantClaimVerificationSentSchema,
  description: 'A verification link went to the known contact of the restaurant.',
});
