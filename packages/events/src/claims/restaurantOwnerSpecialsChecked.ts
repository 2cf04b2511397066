import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantOwnerSpecialsCheckedSchema = z.object({
  /** Whether the owner had posted a special by then. */
  posted: z.boolean(),
});
export type RestaurantOwnerSpecialsCheckedData = z.infer<typeof restaurantOwnerSpecialsCheckedSchema>;

/** The onboarding checked whether the owner has posted specials. */
export const restaurantOwnerSpecialsChecked = defineEventType({
  type: 'RestaurantOwnerSpecialsChecked',
  source: 'forkcast.claims',
  schema: restaurantOwnerSpecialsCheckedSchema,
  description: 'The onboarding checked whether the owner has posted specials.',
});
