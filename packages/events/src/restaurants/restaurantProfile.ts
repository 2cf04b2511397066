import * as z from 'zod';
import { safeText, safeTextCheck } from '../text/safeText';

/** WGS84 coordinates; (0,0) is a repair case for importers, not a valid location. */
export const locationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Location = z.infer<typeof locationSchema>;

export const contactSchema = z.object({
  phone: safeText({ max: 40 }).optional(),
  website: z.url().max(2000).superRefine(safeTextCheck()).optional(),
  email: z.email().max(320).optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const moneySchema = z.object({
  amount: z.number().nonnegative(),
  /** As the source states it (Zomato: "Indian Rupees(Rs.)"), not necessarily ISO 4217. */
  currency: safeText({ max: 60 }),
});

/** A rating imported from a bought list; our diners' ratings are separate events. */
export const sourceRatingSchema = z.object({
  aggregate: z.number().min(0).max(5),
  votes: z.number().int().nonnegative(),
});

const text = (max: number) => safeText({ max });

/**
 * The restaurant profile fields that `RestaurantListed` carries whole and
 * `RestaurantProfileUpdated` carries changed. Optional fields may be cleared by an update (null).
 */
export const restaurantProfileShape = {
  name: text(200),
  location: locationSchema,
  address: text(500),
  city: text(120),
  locality: text(200).optional(),
  country: text(120).optional(),
  cuisines: z.array(text(60)).max(30),
  priceRange: z.number().int().min(1).max(4),
  contact: contactSchema.optional(),
  averageCostForTwo: moneySchema.optional(),
  hasTableBooking: z.boolean().optional(),
  hasOnlineDelivery: z.boolean().optional(),
  sourceRating: sourceRatingSchema.optional(),
};

export const restaurantProfileSchema = z.object(restaurantProfileShape);
export type RestaurantProfile = z.infer<typeof restaurantProfileSchema>;

/** Profile fields that may be absent, and so may be cleared (set to null) by an update. */
export const clearableProfileFields = [
  'locality', 'country', 'contact', 'averageCostForTwo', 'hasTableBooking', 'hasOnlineDelivery', 'sourceRating',
] as const satisfies readonly (keyof RestaurantProfile)[];
