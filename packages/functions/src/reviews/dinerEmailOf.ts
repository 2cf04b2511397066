import { dinerDecider, readState, type EventStore } from '@forkcast/core';

/**
 * The address Forkcast may write to a diner at: the one their sign-up or their ID token verified
 * (DinerRegistered's `email`). Undefined when they registered without one (POST /me with an access token).
 */
export async function dinerEmailOf(events: EventStore, diner: string): Promise<string | undefined> {
  const { state } = await readState(events, dinerDecider, diner);
  return state.status === 'registered' ? state.profile.email : undefined;
}
