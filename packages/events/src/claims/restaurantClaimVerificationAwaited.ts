import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimVerificationAwaitedSchema = z.object({
  /** The task token of the onboarding's wait for verification; the release policy finds it here. */
  taskToken: z.string().min(1).max(8192),
});
export type RestaurantClaimVerificationAwaitedData = z.infer<typeof restaurantClaimVerificationAwaitedSchema>;

/** The onboarding waits for the link to be redeemed; carries the task token that releases it. */
export const restaurantClaimVerificationAwaited = defineEventType({
  type: 'RestaurantClaimVerificationAwaited',
  source: 'forkcast.claims',
  schema: restaurantClaimVerificationAwaitedSchema,
  description: 'The onboarding waits for the link to be redeemed; carries the task token that releases it.',
});
