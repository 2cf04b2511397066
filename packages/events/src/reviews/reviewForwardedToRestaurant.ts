import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const reviewForwardedToRestaurantSchema = z.object({
  /** The restaurant contact (RestaurantContactAdded) it was emailed to: the id, never the address. */
  contactId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
});
export type ReviewForwardedToRestaurantData = z.infer<typeof reviewForwardedToRestaurantSchema>;

/** A restaurant with no owner was emailed the review, with an invitation to respond and to claim the listing. */
export const reviewForwardedToRestaurant = defineEventType({
  type: 'ReviewForwardedToRestaurant',
  source: 'forkcast.reviews',
  schema: reviewForwardedToRestaurantSchema,
  description: 'The review was emailed to an unclaimed restaurant, inviting it to respond and claim its listing.',
});
