import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { safeText } from '../text/safeText';
import { restaurantProfileShape } from './restaurantProfile';

/** Where an imported restaurant came from; both absent for restaurants staff created by hand. */
const originShape = {
  source: safeText({ max: 40 }).describe('The bought list it was imported from (`zomato`); absent when staff created it.').optional(),
  externalId: safeText({ max: 100 }).describe("Its id in that list; with source, what makes re-imports land on the same stream.").optional(),
};

/** v1 (before cuisines became a list): one `cuisine` string, possibly comma-separated. */
const { cuisines: _cuisines, ...v1ProfileShape } = restaurantProfileShape;
export const restaurantListedV1Schema = z.object({
  ...v1ProfileShape,
  ...originShape,
  cuisine: z.string().max(600).describe('Cuisines as one string, possibly comma-separated (v2 splits it into cuisines).').optional(),
});

export const restaurantListedSchema = z
  .object({ ...restaurantProfileShape, ...originShape })
  .refine((d) => (d.source === undefined) === (d.externalId === undefined), {
    message: 'source and externalId go together',
    path: ['externalId'],
  });
export type RestaurantListedData = z.infer<typeof restaurantListedSchema>;

/** Splits the v1 `cuisine` string into v2 `cuisines[]` (trimmed, empty parts dropped, deduped). */
export function upcastRestaurantListedV1(data: z.infer<typeof restaurantListedV1Schema>): RestaurantListedData {
  const { cuisine, ...rest } = data;
  const cuisines = [...new Set((cuisine ?? '').split(',').map((c) => c.trim()).filter(Boolean))];
  return { ...rest, cuisines };
}

/** A restaurant entered the catalogue (created by staff or imported from a bought list). */
export const restaurantListed = defineEventType({
  type: 'RestaurantListed',
  source: 'forkcast.restaurants',
  schema: restaurantListedSchema,
  history: [{ schema: restaurantListedV1Schema, upcast: upcastRestaurantListedV1 }],
  description: 'A restaurant entered the catalogue.',
});
