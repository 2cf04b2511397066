import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { referralCodeSchema } from '../diners/dinerProfile';
import { shareNetworkSchema } from './reviewText';

export const reviewSharedSchema = z.object({
  /** The sharer's diner stream. */
  sharer: z.string().min(1).describe("The sharer's diner stream."),
  network: shareNetworkSchema.describe('Where it was shared: Facebook, X, or as a plain link.'),
  /** The sharer's referral code the shared URL carries. */
  referralCode: referralCodeSchema.describe("The sharer's referral code the shared URL carries."),
});
export type ReviewSharedData = z.infer<typeof reviewSharedSchema>;

/** A diner shared a review on a network (or as a link). */
export const reviewShared = defineEventType({
  type: 'ReviewShared',
  source: 'forkcast.reviews',
  schema: reviewSharedSchema,
  description: 'A diner shared a review, with their referral code in the URL.',
});
