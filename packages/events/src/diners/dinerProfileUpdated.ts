import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { dinerProfileShape } from './dinerProfile';

const { displayName, homeCity, homeLocation, cuisines } = dinerProfileShape;

/** Only the changed fields; null clears an optional one. Never empty. */
export const dinerProfileUpdatedSchema = z
  .object({
    displayName: displayName.describe('The new display name; absent when unchanged.').optional(),
    homeCity: homeCity.unwrap().nullable().describe('The new home city; null clears it, absent leaves it.').optional(),
    homeLocation: homeLocation.unwrap().nullable().describe('The new home location; null clears it, absent leaves it.').optional(),
    cuisines: cuisines.unwrap().nullable().describe('The new list of liked cuisines (replaces the old one); null clears it.').optional(),
  })
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'at least one field must change' });
export type DinerProfileUpdatedData = z.infer<typeof dinerProfileUpdatedSchema>;

/** A diner changed their profile. */
export const dinerProfileUpdated = defineEventType({
  type: 'DinerProfileUpdated',
  source: 'forkcast.diners',
  schema: dinerProfileUpdatedSchema,
  description: "Fields of a diner's profile changed; carries only the changed fields.",
});
