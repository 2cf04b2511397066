import * as z from 'zod';
import { safeText, safeTextCheck } from '../text/safeText';

/** WGS84 coordinates; (0,0) is a repair case for importers, not a valid location. */
export const locationSchema = z.object({
  lat: z.number().min(-90).max(90).describe('Latitude, degrees north.'),
  lon: z.number().min(-180).max(180).describe('Longitude, degrees east.'),
});
export type Location = z.infer<typeof locationSchema>;

export const contactSchema = z.object({
  phone: safeText({ max: 40 }).describe("The restaurant's public phone number.").optional(),
  website: z.url().max(2000).superRefine(safeTextCheck()).describe("The restaurant's website.").optional(),
  email: z.email().max(320).describe("The restaurant's public contact address.").optional(),
});
export type Contact = z.infer<typeof contactSchema>;

export const moneySchema = z.object({
  amount: z.number().nonnegative().describe('In units of the currency.'),
  /** As the source states it (Zomato: "Indian Rupees(Rs.)"), not necessarily ISO 4217. */
  currency: safeText({ max: 60 }).describe('As the source states it (Zomato: "Indian Rupees(Rs.)"), not necessarily ISO 4217.'),
});

/** A rating imported from a bought list; our diners' ratings are separate events. */
export const sourceRatingSchema = z.object({
  aggregate: z.number().min(0).max(5).describe("The source's average rating, 0 to 5."),
  votes: z.number().int().nonnegative().describe('How many ratings the average is of.'),
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
  name: text(200).describe("The restaurant's name as diners see it."),
  location: locationSchema.describe('Where it is (WGS84).'),
  address: text(500).describe('Street address.'),
  city: text(120).describe('City; the by-city list groups by it, ignoring case and accents.'),
  locality: text(200).describe('Neighbourhood or mall within the city.').optional(),
  country: text(120).describe('Country name.').optional(),
  cuisines: z.array(text(60)).max(30).describe('Cuisines served, most characteristic first.'),
  priceRange: z.number().int().min(1).max(4).describe('1 (cheap) to 4 (expensive).'),
  contact: contactSchema.describe('Public contact details of the business.').optional(),
  averageCostForTwo: moneySchema.describe('Typical bill for two people.').optional(),
  hasTableBooking: z.boolean().describe('Whether tables can be booked.').optional(),
  hasOnlineDelivery: z.boolean().describe('Whether it delivers orders placed online.').optional(),
  sourceRating: sourceRatingSchema.describe('The rating the bought list came with; our diners rate separately.').optional(),
  /** What owners keep current (and staff may set): the menu, opening hours as written, a description, photos. */
  menuUrl: webLinkSchema.describe("Link to the restaurant's menu (http or https).").optional(),
  hours: safeText({ max: 500, multiline: true }).describe('Opening hours as the owner writes them.').optional().meta({ examples: ['Mon-Fri 12:00-23:00, Sat 18:00-23:30'] }),
  description: safeText({ max: 2000, multiline: true }).describe('What the owner says about the place.').optional(),
  photos: z.array(webLinkSchema).min(1).max(12).describe('Photos by URL (http or https), first is the cover.').optional(),
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
