import * as z from 'zod';
import type { EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { readClaim, readClaimedRestaurant } from './readClaim';
import { runClaimCommand } from './runClaimCommand';

const input = z.object({ claimId: z.string().min(1) });

/** Task "Check the owner posted specials": records whether the restaurant has any (SpecialPosted, not withdrawn). */
export const build = (deps: { events: EventStore }) => async (event: unknown): Promise<{ posted: boolean }> => {
  const { claimId } = input.parse(event);
  const claim = await readClaim(deps.events, claimId);
  const restaurant = await readClaimedRestaurant(deps.events, claim);
  const posted = restaurant.status !== 'unlisted' && Object.keys(restaurant.specials).length > 0;
  await runClaimCommand(deps.events, claimId, { type: 'RecordSpecialsChecked', data: { posted } });
  // A retry after the first check answers what was recorded then.
  const after = await readClaim(deps.events, claimId);
  return { posted: after.specialsPosted ?? posted };
};
export const handler = onAws(() => build(awsDynamoStores()));
