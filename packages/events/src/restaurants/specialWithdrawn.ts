import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const specialWithdrawnSchema = z.object({
  specialId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/).describe('The special withdrawn, as SpecialPosted named it.'),
  /** The owner's diner stream, or `staff:<sub>`. */
  withdrawnBy: z.string().min(1).describe("Who withdrew it: the owner's diner stream, or `staff:<sub>`."),
});
export type SpecialWithdrawnData = z.infer<typeof specialWithdrawnSchema>;

/** The owner (or staff) took a special down before it ran out. */
export const specialWithdrawn = defineEventType({
  type: 'SpecialWithdrawn',
  source: 'forkcast.restaurants',
  schema: specialWithdrawnSchema,
  description: 'The owner withdrew a special.',
});
