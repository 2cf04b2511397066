import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { personal } from '../text/personal';
import { safeText } from '../text/safeText';

export const restaurantClaimCancelledSchema = z.object({
  reason: personal(safeText({ max: 500 })).optional(),
});
export type RestaurantClaimCancelledData = z.infer<typeof restaurantClaimCancelledSchema>;

/** Staff cancelled the claim; its onboarding ends. */
export const restaurantClaimCancelled = defineEventType({
  type: 'RestaurantClaimCancelled',
  source: 'forkcast.claims',
  schema: restaurantClaimCancelledSchema,
  description: 'Staff cancelled the claim; its onboarding ends.',
});
