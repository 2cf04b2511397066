import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { restaurantContactShape } from './restaurantContactAdded';

/** Only the corrected fields; null clears the phone or the name. */
export const restaurantContactCorrectedSchema = z
  .object({
    contactId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/).describe('The contact being corrected, as RestaurantContactAdded named it.'),
    email: restaurantContactShape.email.describe('The corrected address; absent when unchanged.').optional(),
    phone: restaurantContactShape.phone.unwrap().nullable().describe('The corrected phone number; null clears it, absent leaves it.').optional(),
    name: restaurantContactShape.name.unwrap().nullable().describe('The corrected name; null clears it, absent leaves it.').optional(),
  })
  .refine((d) => d.email !== undefined || d.phone !== undefined || d.name !== undefined, { message: 'correct at least one field' });
export type RestaurantContactCorrectedData = z.infer<typeof restaurantContactCorrectedSchema>;

/** Staff corrected a contact of the restaurant. */
export const restaurantContactCorrected = defineEventType({
  type: 'RestaurantContactCorrected',
  source: 'forkcast.restaurants',
  schema: restaurantContactCorrectedSchema,
  description: 'Staff corrected a contact of the restaurant; carries only the corrected fields.',
});
