import * as z from 'zod';
import type { EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { readClaim } from './readClaim';
import { runClaimCommand } from './runClaimCommand';

const input = z.object({ claimId: z.string().min(1), taskToken: z.string().min(1) });

/**
 * Task "Wait for the owner to verify" (lambda:invoke.waitForTaskToken): records the task token
 * on the claim's stream; the policy releaseClaimVerification releases it.
 */
export const build = (deps: { events: EventStore }) => async (event: unknown): Promise<{ recorded: boolean }> => {
  const { claimId, taskToken } = input.parse(event);
  await readClaim(deps.events, claimId);
  const result = await runClaimCommand(deps.events, claimId, { type: 'AwaitVerification', data: { taskToken } });
  return { recorded: result.event !== undefined };
};
export const handler = onAws(() => build(awsDynamoStores()));
