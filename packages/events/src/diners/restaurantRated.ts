import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { ratingCommentSchema, starsSchema } from './ratingStars';

export const restaurantRatedSchema = z.object({
  diner: z.string().min(1),
  restaurant: z.string().min(1),
  stars: starsSchema,
  comment: ratingCommentSchema.optional(),
});
export type RestaurantRatedData = z.infer<typeof restaurantRatedSchema>;

/** A diner rated a restaurant (first, or again after withdrawing): one live rating per pair. */
export const restaurantRated = defineEventType({
  type: 'RestaurantRated',
  source: 'forkcast.diners',
  schema: restaurantRatedSchema,
  description: 'A diner gave a restaurant a quick star rating.',
});
