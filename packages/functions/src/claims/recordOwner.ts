import * as z from 'zod';
import { DomainError, handleCommand, restaurantDecider, type EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { readClaim } from './readClaim';
import { onboardingActor } from './runClaimCommand';

const input = z.object({ claimId: z.string().min(1) });

/**
 * Task "Record the owner": ClaimRestaurant on the restaurant's stream. Its optimistic concurrency
 * makes competing verified claims resolve to one owner: the others are refused and answer
 * `owner: false`, and the workflow records them rejected.
 */
export const build = (deps: { events: EventStore }) => async (event: unknown): Promise<{ owner: boolean; reason?: string }> => {
  const { claimId } = input.parse(event);
  const claim = await readClaim(deps.events, claimId);
  try {
    await handleCommand({
      store: deps.events,
      decider: restaurantDecider,
      stream: claim.restaurant,
      command: { type: 'ClaimRestaurant', data: { claimId, owner: claim.claimant } },
      actor: onboardingActor,
      correlationId: claimId,
    });
    return { owner: true };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { owner: false, reason: error.code === 'restaurant-already-claimed' ? 'restaurant-already-claimed' : 'restaurant-not-listed' };
  }
};
export const handler = onAws(() => build(awsDynamoStores()));
