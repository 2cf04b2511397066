import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { safeText } from '../text/safeText';

/** What a special is; the list is closed so the frontend can show each with its own badge. */
export const specialKindSchema = z.enum(['food-special', 'happy-hour', 'live-music']);
export type SpecialKind = z.infer<typeof specialKindSchema>;

export const specialPostedSchema = z
  .object({
    specialId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/).describe('The special (a ULID), unique within the restaurant; a withdrawal names it.'),
    kind: specialKindSchema.describe('What is on: a food special, a happy hour or live music.'),
    title: safeText({ max: 120 }).describe('The headline diners see.'),
    description: safeText({ max: 2000, multiline: true }).describe('The details, as the owner wrote them.').optional(),
    /** ISO 8601 instants; the special is current while validFrom <= now < validTo. */
    validFrom: z.iso.datetime({ offset: true }).describe('When the special starts (ISO 8601 instant, inclusive).'),
    validTo: z.iso.datetime({ offset: true }).describe('When the special ends (ISO 8601 instant, exclusive); after validFrom.'),
    /** The owner's diner stream, or `staff:<sub>`. */
    postedBy: z.string().min(1).describe("Who posted it: the owner's diner stream, or `staff:<sub>`."),
  })
  .refine((d) => Date.parse(d.validFrom) < Date.parse(d.validTo), { message: 'validTo must be after validFrom', path: ['validTo'] });
export type SpecialPostedData = z.infer<typeof specialPostedSchema>;

/** The owner (or staff) posted a special on the restaurant's page. */
export const specialPosted = defineEventType({
  type: 'SpecialPosted',
  source: 'forkcast.restaurants',
  schema: specialPostedSchema,
  description: 'The owner posted a special (food special, happy hour or live music) with a validity window.',
});
