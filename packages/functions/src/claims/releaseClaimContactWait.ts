import { claimIdOf, listOnboardings, type EventStore, type ViewStore, type Workflows } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsWorkflows } from '../app/aws/awsWorkflows';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';
import { readClaim, readClaimedRestaurant, restaurantContactOf } from './readClaim';
import { releaseTask } from './releaseTask';

async function releaseIfContact(deps: { events: EventStore; workflows: Workflows }, claimId: string): Promise<boolean> {
  const claim = await readClaim(deps.events, claimId);
  if (claim.phase !== 'awaiting-contact' || !claim.contactToken) return false;
  if (!restaurantContactOf(await readClaimedRestaurant(deps.events, claim))) return false;
  return releaseTask(deps.workflows, claim.contactToken, { contactAdded: true });
}

/**
 * Policy on RestaurantClaimAwaitingContact and RestaurantContactAdded/Corrected: once a restaurant
 * has a contact, release every onboarding of it that waits for one. The claims waiting are found in
 * the onboarding view; a claim the view has not caught up with is released by its own event, and
 * the workflow looks again on its own each recheck period in case both missed.
 */
export const build = (deps: { events: EventStore; views: ViewStore; workflows: Workflows }) =>
  eventHandler('releaseClaimContactWait', async (event) => {
    if (event.type === 'RestaurantClaimAwaitingContact') return { released: (await releaseIfContact(deps, claimIdOf(event.stream))) ? 1 : 0 };
    let released = 0;
    let cursor: string | undefined;
    do {
      const page = await listOnboardings(deps.views, 'awaiting-contact', { limit: 100, cursor });
      for (const onboarding of page.items) {
        if (onboarding.restaurant === event.stream && (await releaseIfContact(deps, onboarding.claimId))) released++;
      }
      cursor = page.cursor;
    } while (cursor);
    return { released };
  });
export const handler = onAws(() => build({ ...awsDynamoStores(), workflows: awsWorkflows() }));
