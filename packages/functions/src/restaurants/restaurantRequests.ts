import { restaurantContactShape, delistReasonSchema, restaurantProfileShape, restaurantProfileUpdatedSchema, safeText, specialKindSchema, specialPostedSchema } from '@forkcast/events';
import * as z from 'zod';

/**
 * Request and response schemas of the restaurant routes. Bodies are strict: a client can never
 * smuggle `stream`, `version`, `source` or `meta` into a command.
 */
export const listRestaurantBody = z.strictObject(restaurantProfileShape).meta({
  id: 'ListRestaurantBody',
  examples: [{ name: 'Tasca Nova', city: 'Lisbon', address: 'Rua Nova 1, Lisbon', location: { lat: 38.71, lon: -9.14 }, cuisines: ['Portuguese'], priceRange: 2 }],
});

export const updateRestaurantProfileBody = z
  .strictObject(restaurantProfileUpdatedSchema.shape)
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'change at least one field' })
  .meta({ id: 'UpdateRestaurantProfileBody' });

const reason = delistReasonSchema;
export const delistRestaurantBody = z.strictObject({ reason: reason.optional() }).optional().meta({ id: 'DelistRestaurantBody' });
export const delistRestaurantQuery = z.object({ reason: reason.optional() });

export const restaurantParams = z.object({ id: z.string().min(1).max(120).meta({ examples: ['restaurant-01JH8Z5Q3X4V6W7Y8Z9A0B1C2D'] }) });

export const listRestaurantsQuery = z.object({
  city: safeText({ max: 120 }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2000).optional(),
});

export const commandAcceptedResponse = z
  .object({ id: z.string(), stream: z.string(), version: z.number().int().nonnegative() })
  .meta({ id: 'CommandAccepted' });

export const restaurantProfileResponse = z
  .object({
    ...restaurantProfileShape,
    id: z.string(),
    status: z.enum(['listed', 'delisted']),
    delistedReason: z.string().optional(),
    source: z.string().optional(),
    externalId: z.string().optional(),
    listedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'RestaurantProfile' });

export const restaurantPageResponse = z
  .object({
    items: z.array(z.object({
      id: z.string(),
      name: z.string(),
      city: z.string(),
      locality: z.string().optional(),
      cuisines: z.array(z.string()),
      priceRange: z.number().int(),
      location: restaurantProfileShape.location,
      averageCostForTwo: restaurantProfileShape.averageCostForTwo,
      sourceRating: restaurantProfileShape.sourceRating,
    })),
    cursor: z.string().optional(),
  })
  .meta({ id: 'RestaurantPage' });

export const addRestaurantContactBody = z.strictObject(restaurantContactShape).meta({ id: 'AddRestaurantContactBody' });

export const correctRestaurantContactBody = z
  .strictObject({
    email: restaurantContactShape.email.optional(),
    phone: restaurantContactShape.phone.unwrap().nullable().optional(),
    name: restaurantContactShape.name.unwrap().nullable().optional(),
  })
  .refine((d) => d.email !== undefined || d.phone !== undefined || d.name !== undefined, { message: 'correct at least one field' })
  .meta({ id: 'CorrectRestaurantContactBody' });

export const restaurantContactParams = z.object({
  id: restaurantParams.shape.id,
  contactId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'not a contact id').meta({ examples: ['01JH8Z5Q3X4V6W7Y8Z9A0B1C2E'] }),
});

export const restaurantContactsResponse = z
  .object({
    restaurantId: z.string(),
    contacts: z.array(z.object({
      contactId: z.string(), email: z.string(), phone: z.string().optional(), name: z.string().optional(), addedAt: z.iso.datetime(), updatedAt: z.iso.datetime(),
    })),
  })
  .meta({ id: 'RestaurantContacts' });

const { postedBy: _postedBy, specialId: _specialId, ...specialFields } = specialPostedSchema.shape;
export const postSpecialBody = z
  .strictObject(specialFields)
  .refine((d) => Date.parse(d.validFrom) < Date.parse(d.validTo), { message: 'validTo must be after validFrom', path: ['validTo'] })
  .meta({
    id: 'PostSpecialBody',
    examples: [{ kind: 'happy-hour', title: 'Two for one on vinho verde', validFrom: '2026-06-01T17:00:00Z', validTo: '2026-06-01T19:00:00Z' }],
  });

export const specialParams = z.object({
  id: restaurantParams.shape.id,
  specialId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'not a special id').meta({ examples: ['01JH8Z5Q3X4V6W7Y8Z9A0B1C2F'] }),
});

const specialView = z.object({
  specialId: z.string(), kind: specialKindSchema, title: z.string(), description: z.string().optional(),
  validFrom: z.string(), validTo: z.string(), postedAt: z.iso.datetime(),
});

export const restaurantSpecialsResponse = z
  .object({ restaurantId: z.string(), specials: z.array(specialView) })
  .meta({ id: 'RestaurantSpecials' });

export const ownedRestaurantsResponse = z
  .object({
    items: z.array(z.object({ restaurantId: z.string(), name: z.string(), city: z.string(), status: z.enum(['listed', 'delisted']), claimId: z.string(), ownedSince: z.iso.datetime() })),
    cursor: z.string().optional(),
  })
  .meta({ id: 'OwnedRestaurants' });

export const myRestaurantsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).max(2000).optional(),
});

export const staleSpecialsResponse = z
  .object({
    periodDays: z.number(),
    items: z.array(z.object({
      restaurantId: z.string(), name: z.string(), owner: z.string(), specialsUpdatedAt: z.iso.datetime(), remindedAt: z.iso.datetime().optional(), reminderDue: z.boolean(),
    })),
  })
  .meta({ id: 'StaleSpecials' });
