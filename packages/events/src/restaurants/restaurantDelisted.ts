import { z } from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantDelistedSchema = z.object({
  reason: z.string().trim().min(1).max(500),
});
export type RestaurantDelistedData = z.infer<typeof restaurantDelistedSchema>;

/** A restaurant left the catalogue; its history stays in the log. */
export const restaurantDelisted = defineEventType({
  type: 'RestaurantDelisted',
  source: 'forkcast.restaurants',
  schema: restaurantDelistedSchema,
  description: 'A restaurant left the catalogue.',
});
