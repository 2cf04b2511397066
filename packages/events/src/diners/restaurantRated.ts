import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { ratingCommentSchema, starsSchema } from './ratingStars';

export const restaurantRatedSchema = z.object({
  diner: z.string().min(1).describe("The rating diner's stream."),
  restaurant: z.string().min(1).describe('The rated restaurant (its stream, `restaurant-<ULID>`).'),
  stars: starsSchema.describe('One to five stars.'),
  comment: ratingCommentSchema.describe('A short comment with the stars.').optional(),
});
export type RestaurantRatedData = z.infer<typeof restaurantRatedSchema>;

/** A diner rated a restaurant (first, or again after withdrawing): one live rating per pair. */
export const restaurantRated = defineEventType({
  type: 'RestaurantRated',
  source: 'forkcast.diners',
  schema: restaurantRatedSchema,
  description: 'A diner gave a restaurant a quick star rating.',
});
