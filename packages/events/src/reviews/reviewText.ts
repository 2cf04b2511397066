import * as z from 'zod';
import { safeText } from '../text/safeText';

/** A review's title and body are the author's own words: personal (erasable with the author). */
export const reviewTitleSchema = safeText({ max: 200 }).meta({ personal: true });
export const reviewBodySchema = safeText({ max: 5000, multiline: true }).meta({ personal: true });
export const reviewStarsSchema = z.number().int().min(1).max(5);

/** Where a review may be shared. */
export const shareNetworkSchema = z.enum(['facebook', 'x', 'link']);
export type ShareNetwork = z.infer<typeof shareNetworkSchema>;
