import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { personal } from '../text/personal';
import { safeText } from '../text/safeText';

/** A person at the restaurant staff can write to. */
export const restaurantContactShape = {
  email: personal(z.email().max(320)).describe('Where to write to the contact.'),
  phone: personal(safeText({ max: 40 })).describe("The contact's phone number, as staff typed it.").optional(),
  /** The person's name, e.g. the manager's. */
  name: personal(safeText({ max: 120 })).describe("The contact's name, e.g. the manager's.").optional(),
};

export const restaurantContactAddedSchema = z.object({
  contactId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/).describe('The contact (a ULID), unique within the restaurant; corrections name it.'),
  ...restaurantContactShape,
});
export type RestaurantContactAddedData = z.infer<typeof restaurantContactAddedSchema>;

/** Staff learned whom to write to at a restaurant (before it has an owner on Forkcast). */
export const restaurantContactAdded = defineEventType({
  type: 'RestaurantContactAdded',
  source: 'forkcast.restaurants',
  schema: restaurantContactAddedSchema,
  description: 'Staff added a contact of the restaurant (email, optional phone and name).',
});
