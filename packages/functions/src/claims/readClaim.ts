import { claimDecider, claimStreamOf, readState, restaurantDecider, type ClaimState, type EventStore, type RestaurantState } from '@forkcast/core';

/** A claim that exists, as its tasks and policies read it. */
export type KnownClaim = Exclude<ClaimState, { phase: 'unknown' }>;

/** The claim id names no claim; the workflow's Retry lets this one through at once. */
export class ClaimNotFound extends Error {
  override name = 'ClaimNotFound';
}

/** The claim's state from its log; ClaimNotFound when there is none. */
export async function readClaim(events: EventStore, claimId: string): Promise<KnownClaim> {
  const { state } = await readState(events, claimDecider, claimStreamOf(claimId));
  if (state.phase === 'unknown') throw new ClaimNotFound(`There is no claim ${claimId}.`);
  return state;
}

/** The claimed restaurant's state from its log (not the views, which lag). */
export async function readClaimedRestaurant(events: EventStore, claim: KnownClaim): Promise<RestaurantState> {
  return (await readState(events, restaurantDecider, claim.restaurant)).state;
}

/** Where to write to the restaurant: the contact the link went to, else the first one staff added. */
export function restaurantContactOf(restaurant: RestaurantState, contactId?: string): { contactId: string; email: string; name?: string } | undefined {
  if (restaurant.status === 'unlisted') return undefined;
  const chosen = contactId && restaurant.contacts[contactId] ? contactId : Object.keys(restaurant.contacts)[0];
  if (!chosen) return undefined;
  const contact = restaurant.contacts[chosen]!;
  return { contactId: chosen, email: contact.email, ...(contact.name ? { name: contact.name } : {}) };
}
