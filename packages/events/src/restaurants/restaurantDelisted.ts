import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { safeText } from '../text/safeText';

/** Free text staff write; it may span lines. */
export const delistReasonSchema = safeText({ max: 500, multiline: true });

export const restaurantDelistedSchema = z.object({
  reason: delistReasonSchema.describe('Why it left the catalogue, as staff wrote it.'),
});
export type RestaurantDelistedData = z.infer<typeof restaurantDelistedSchema>;

/** A restaurant left the catalogue; its history stays in the log. */
export const restaurantDelisted = defineEventType({
  type: 'RestaurantDelisted',
  source: 'forkcast.restaurants',
  schema: restaurantDelistedSchema,
  description: 'A restaurant left the catalogue.',
});
