import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantOwnerWelcomedSchema = z.object({});
export type RestaurantOwnerWelcomedData = z.infer<typeof restaurantOwnerWelcomedSchema>;

/** The new owner was sent the welcome email. */
export const restaurantOwnerWelcomed = defineEventType({
  type: 'RestaurantOwnerWelcomed',
  source: 'forkcast.claims',
  schema: restaurantOwnerWelcomedSchema,
  description: 'The new owner was sent the welcome email.',
});
