import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantOwnerRemindedOfSpecialsSchema = z.object({});
export type RestaurantOwnerRemindedOfSpecialsData = z.infer<typeof restaurantOwnerRemindedOfSpecialsSchema>;

/** The owner, who had posted no specials, was reminded to. */
export const restaurantOwnerRemindedOfSpecials = defineEventType({
  type: 'RestaurantOwnerRemindedOfSpecials',
  source: 'forkcast.claims',
  schema: restaurantOwnerRemindedOfSpecialsSchema,
  description: 'The owner, who had posted no specials, was reminded to.',
});
