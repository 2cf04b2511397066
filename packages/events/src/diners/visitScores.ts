import * as z from 'zod';

/** The 0/1/2 scale of the UCI restaurant-consumer data: 0 disliked, 1 fine, 2 liked. */
export const visitScoreSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);
export type VisitScore = z.infer<typeof visitScoreSchema>;

/** The factors a diner may score; each optional. */
export const visitFactorNames = ['food', 'service', 'wait', 'price', 'menu'] as const;
export type VisitFactor = (typeof visitFactorNames)[number];

export const visitFactorsSchema = z.strictObject({
  food: visitScoreSchema.describe('The food.').optional(),
  service: visitScoreSchema.describe('The service.').optional(),
  wait: visitScoreSchema.describe('How long they waited (2: hardly at all).').optional(),
  price: visitScoreSchema.describe('Value for the price (2: good value).').optional(),
  menu: visitScoreSchema.describe('The choice on the menu.').optional(),
});
export type VisitFactors = z.infer<typeof visitFactorsSchema>;

/** A calendar date (YYYY-MM-DD) that exists. */
export const calendarDateSchema = z.iso.date();
