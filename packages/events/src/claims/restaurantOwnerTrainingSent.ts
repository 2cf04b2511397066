import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantOwnerTrainingSentSchema = z.object({
  /** Which lesson of the short series (days after the welcome). */
  day: z.union([z.literal(1), z.literal(3), z.literal(7)]),
});
export type RestaurantOwnerTrainingSentData = z.infer<typeof restaurantOwnerTrainingSentSchema>;

/** A lesson of the training series of the owner was sent. */
export const restaurantOwnerTrainingSent = defineEventType({
  type: 'RestaurantOwnerTrainingSent',
  source: 'forkcast.claims',
  schema: restaurantOwnerTrainingSentSchema,
  description: 'A lesson of the training series of the owner was sent.',
});
