import { locationSchema, safeText } from '@forkcast/events';
import * as z from 'zod';

/**
 * A repeatable query parameter: API Gateway v2 (and the local gateway) join repeats with commas,
 * so `cuisine=Thai&cuisine=Sushi` and `cuisine=Thai,Sushi` arrive alike.
 */
const repeated = <T extends z.ZodType<unknown, any>>(item: T, example: string) => z.string().max(2000).meta({ examples: [example] })
  .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
  .pipe(z.array(item).max(30));

const latitude = z.coerce.number().min(-90).max(90);
const longitude = z.coerce.number().min(-180).max(180);

export const searchRestaurantsQuery = z.object({
  lat: latitude.optional(),
  lon: longitude.optional(),
  radiusKm: z.coerce.number().positive().max(100).optional(),
  cuisine: repeated(safeText({ max: 60 }), 'Thai,Sushi').optional(),
  price: repeated(z.coerce.number().int().min(1).max(4), '1,2').optional(),
  q: safeText({ max: 200 }).optional(),
  sort: z.enum(['relevance', 'distance']).default('relevance'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2000).optional(),
})
  .refine((q) => (q.lat === undefined) === (q.lon === undefined), { message: 'lat and lon go together', path: ['lon'] })
  .refine((q) => q.radiusKm === undefined || q.lat !== undefined, { message: 'radiusKm needs lat and lon', path: ['radiusKm'] })
  .refine((q) => q.sort !== 'distance' || q.lat !== undefined, { message: 'sort=distance needs lat and lon', path: ['sort'] });

const facetCounts = z.record(z.string(), z.number().int().nonnegative());

export const searchRestaurantsResponse = z.object({
  items: z.array(z.object({
    id: z.string(),
    name: z.string(),
    location: locationSchema,
    distanceKm: z.number().nonnegative().optional(),
    cuisines: z.array(z.string()),
    priceRange: z.number().int(),
    locality: z.string().optional(),
    source: z.string().optional(),
    externalId: z.string().optional(),
    featured: z.boolean(),
  })),
  total: z.number().int().nonnegative(),
  facets: z.object({ cuisines: facetCounts, priceRanges: facetCounts }),
  cursor: z.string().optional(),
}).meta({ id: 'RestaurantSearchPage' });

export const recommendationsQuery = z.object({
  lat: latitude.optional(),
  lon: longitude.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
}).refine((q) => (q.lat === undefined) === (q.lon === undefined), { message: 'lat and lon go together', path: ['lon'] });

export const recommendationsResponse = z.object({
  items: z.array(z.object({
    id: z.string(),
    name: z.string(),
    cuisines: z.array(z.string()),
    priceRange: z.number().int().optional(),
    distanceKm: z.number().nonnegative().optional(),
    predictedRating: z.number().min(0).max(2),
    reasons: z.array(z.string()),
    featured: z.boolean(),
  })),
}).meta({ id: 'Recommendations' });
