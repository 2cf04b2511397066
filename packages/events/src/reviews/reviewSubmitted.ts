import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { reviewBodySchema, reviewStarsSchema, reviewTitleSchema } from './reviewText';

/**
 * A BCP 47 language tag (`en`, `pt-BR`, `zh-Hant`): lists filter reviews by it and a reader
 * knows whether to offer a translation. `und` (undetermined) is BCP 47's tag for "not known".
 */
export const reviewLanguageSchema = z
  .string()
  .max(35)
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en or pt-BR')
  .meta({ examples: ['en'] });

/** The language of reviews written before v2, which did not record one. */
export const undeterminedLanguage = 'und';

/** v1: no language. Events stored as v1 stay in the log as written. */
export const reviewSubmittedV1Schema = z.object({
  author: z.string().min(1).describe("The author's diner stream."),
  restaurant: z.string().min(1).describe('The reviewed restaurant (its stream, `restaurant-<ULID>`).'),
  title: reviewTitleSchema.describe('The headline of the review.'),
  body: reviewBodySchema.describe('The text of the review.'),
  stars: reviewStarsSchema.describe('One to five stars.'),
});

/** v2 adds the language the review is written in. */
export const reviewSubmittedSchema = reviewSubmittedV1Schema.extend({
  language: reviewLanguageSchema.describe("The review's language (BCP 47); `und` when not known, as for every v1 review."),
});
export type ReviewSubmittedData = z.infer<typeof reviewSubmittedSchema>;

/**
 * v1 → v2: the language was never asked for, and guessing it from the text would put a
 * detector's mistakes into the log's meaning; `und` says exactly what is known.
 */
export function upcastReviewSubmittedV1(data: z.infer<typeof reviewSubmittedV1Schema>): ReviewSubmittedData {
  return { ...data, language: undeterminedLanguage };
}

export const reviewSubmitted = defineEventType({
  type: 'ReviewSubmitted',
  source: 'forkcast.reviews',
  schema: reviewSubmittedSchema,
  history: [{ schema: reviewSubmittedV1Schema, upcast: upcastReviewSubmittedV1 }],
  description: 'A diner published a review of a restaurant.',
});
