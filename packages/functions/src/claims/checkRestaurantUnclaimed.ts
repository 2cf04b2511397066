import * as z from 'zod';
import type { EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { readClaim, readClaimedRestaurant } from './readClaim';

const input = z.object({ claimId: z.string().min(1) });

/** Task "Check the restaurant is unclaimed": unclaimed when listed and owned by nobody (or by this claim). */
export const build = (deps: { events: EventStore }) => async (event: unknown): Promise<{ unclaimed: boolean; reason?: string }> => {
  const { claimId } = input.parse(event);
  const restaurant = await readClaimedRestaurant(deps.events, await readClaim(deps.events, claimId));
  if (restaurant.status !== 'listed') return { unclaimed: false, reason: 'restaurant-not-listed' };
  if (restaurant.owner && restaurant.owner.claimId !== claimId) return { unclaimed: false, reason: 'restaurant-already-claimed' };
  return { unclaimed: true };
};
export const handler = onAws(() => build(awsDynamoStores()));
