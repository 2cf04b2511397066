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

/** A link a reader will follow from our pages: http(s) only, so no `javascript:` or `data:` URL gets in. */
export const webLinkSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(2000)
  .superRefine(safeTextCheck())
  .meta({ examples: ['https://tasca.example/menu'] });

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
  /** What owners keep current (and staff may set): the menu, opening hours as written, a description, photos. */
  menuUrl: webLinkSchema.optional(),
  hours: safeText({ max: 500, multiline: true }).optional().meta({ examples: ['Mon-Fri 12:00-23:00, Sat 18:00-23:30'] }),
  description: safeText({ max: 2000, multiline: true }).optional(),
  photos: z.array(webLinkSchema).min(1).max(12).optional(),
};

/** The profile fields an owner may change; the rest (name, location, listing data) stay with staff. */
export const ownerEditableProfileFields = ['menuUrl', 'hours', 'description', 'photos'] as const;

export const restaurantProfileSchema = z.object(restaurantProfileShape);
export type RestaurantProfile = z.infer<typeof restaurantProfileSchema>;

/** Profile fields that may be absent, and so may be cleared (set to null) by an update. */
export const clearableProfileFields = [
  'locality', 'country', 'contact', 'averageCostForTwo', 'hasTableBooking', 'hasOnlineDelivery', 'sourceRating',
  'menuUrl', 'hours', 'description', 'photos',
] as const satisfies readonly (keyof RestaurantProfile)[];
