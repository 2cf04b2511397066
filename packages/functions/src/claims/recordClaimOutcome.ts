import * as z from 'zod';
import { DomainError, type EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { readClaim } from './readClaim';
import { runClaimCommand } from './runClaimCommand';

const input = z.discriminatedUnion('outcome', [
  z.object({ claimId: z.string().min(1), outcome: z.literal('granted') }),
  z.object({ claimId: z.string().min(1), outcome: z.literal('rejected'), reason: z.enum(['restaurant-already-claimed', 'restaurant-not-listed']) }),
  z.object({ claimId: z.string().min(1), outcome: z.literal('expired'), waitingFor: z.enum(['verification', 'contact']) }),
]);

/**
 * Tasks "Mark the claim granted", "Mark the claim rejected" and "Mark the claim expired": the
 * claim's outcome on its own stream. An expiry that finds the claim verified at the last moment
 * answers `recorded: false`, and the workflow goes on to record the owner.
 */
export const build = (deps: { events: EventStore }) => async (event: unknown): Promise<{ recorded: boolean }> => {
  const request = input.parse(event);
  await readClaim(deps.events, request.claimId);
  try {
    const command =
      request.outcome === 'granted'
        ? ({ type: 'GrantClaim' } as const)
        : request.outcome === 'rejected'
          ? ({ type: 'RejectClaim', data: { reason: request.reason } } as const)
          : ({ type: 'ExpireClaim', data: { waitingFor: request.waitingFor } } as const);
    await runClaimCommand(deps.events, request.claimId, command);
    return { recorded: true };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'claim-verified') return { recorded: false };
    throw error;
  }
};
export const handler = onAws(() => build(awsDynamoStores()));
