import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimAwaitingContactSchema = z.object({
  /** The task token of the onboarding's wait for a contact; the release policy finds it here. */
  taskToken: z.string().min(1).max(8192),
});
export type RestaurantClaimAwaitingContactData = z.infer<typeof restaurantClaimAwaitingContactSchema>;

/** The restaurant has no contact to verify with: the onboarding waits for staff to add one. */
export const restaurantClaimAwaitingContact = defineEventType({
  type: 'RestaurantClaimAwaitingContact',
  source: 'forkcast.claims',
  schema: restaurantClaimAwaitingContactSchema,
  description: 'The restaurant has no contact to verify with: the onboarding waits for staff to add one.',
});
