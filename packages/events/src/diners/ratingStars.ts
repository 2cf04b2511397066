import * as z from 'zod';
import { safeText } from '../text/safeText';

/** A quick rating: 1 to 5 stars. */
export const starsSchema = z.number().int().min(1).max(5);

/** A line about the rating, the diner's own words: personal. */
export const ratingCommentSchema = safeText({ max: 500 }).meta({ personal: true });
