import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const restaurantClaimedSchema = z.object({
  /** The claim (stream `claim-<claimId>`) whose verification made the owner. */
  claimId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/).describe('The claim (stream `claim-<claimId>`) whose verification made the owner.'),
  /** The owner's diner stream; one owner may own many restaurants. */
  owner: z.string().min(1).describe("The owner's diner stream; one owner may own many restaurants."),
});
export type RestaurantClaimedData = z.infer<typeof restaurantClaimedSchema>;

/**
 * A claimant verified their claim: the restaurant has its one owner on Forkcast. Appended to the
 * restaurant's stream, so competing claims race on its version and exactly one wins.
 */
export const restaurantClaimed = defineEventType({
  type: 'RestaurantClaimed',
  source: 'forkcast.restaurants',
  schema: restaurantClaimedSchema,
  description: 'A verified claim made a diner the owner of the restaurant.',
});
