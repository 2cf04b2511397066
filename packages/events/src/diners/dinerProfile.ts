import * as z from 'zod';
import { locationSchema } from '../restaurants/restaurantProfile';
import { safeText } from '../text/safeText';

/** A referral code: what a diner hands out; no personal data, safe in URLs. */
export const referralCodeSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{10}$/, 'must be a referral code').meta({ examples: ['7QX4M2KD9P'] });

/**
 * What a diner tells about themselves. The display name and home are personal; cuisines are
 * preferences the recommendations read.
 */
export const dinerProfileShape = {
  displayName: safeText({ max: 80 }).meta({ personal: true }).describe('The name the diner shows others.'),
  homeCity: safeText({ max: 120 }).meta({ personal: true }).describe('The city the diner lives in, for recommendations near home.').optional(),
  homeLocation: locationSchema.meta({ personal: true }).describe("Where the diner lives (coordinates): the recommender's location signal.").optional(),
  cuisines: z.array(safeText({ max: 60 })).max(30).describe('Cuisines the diner says they like, a signal for recommendations.').optional(),
};
export const dinerProfileSchema = z.object(dinerProfileShape);
export type DinerProfile = z.infer<typeof dinerProfileSchema>;

/** Profile fields that may be cleared (null) by an update. */
export const clearableDinerFields = ['homeCity', 'homeLocation', 'cuisines'] as const;
