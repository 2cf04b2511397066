import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { clearableProfileFields, restaurantProfileShape } from './restaurantProfile';

const changesShape = Object.fromEntries(
  Object.entries(restaurantProfileShape).map(([field, schema]) => [
    field,
    (clearableProfileFields as readonly string[]).includes(field)
      ? (schema as z.ZodOptional<z.ZodType>).unwrap().nullable().optional()
      : schema.optional(),
  ]),
) as {
  [K in keyof typeof restaurantProfileShape]: K extends (typeof clearableProfileFields)[number]
    ? z.ZodOptional<z.ZodNullable<(typeof restaurantProfileShape)[K] extends z.ZodOptional<infer T> ? T : never>>
    : z.ZodOptional<(typeof restaurantProfileShape)[K]>;
};

/** Only the changed fields; null clears an optional field. Never empty. */
export const restaurantProfileUpdatedSchema = z
  .object(changesShape)
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'at least one field must change' });
export type RestaurantProfileUpdatedData = z.infer<typeof restaurantProfileUpdatedSchema>;

/** Some profile fields of a listed restaurant changed (by staff or a re-import). */
export const restaurantProfileUpdated = defineEventType({
  type: 'RestaurantProfileUpdated',
  source: 'forkcast.restaurants',
  schema: restaurantProfileUpdatedSchema,
  description: 'Profile fields of a listed restaurant changed; carries only the changed fields.',
});
