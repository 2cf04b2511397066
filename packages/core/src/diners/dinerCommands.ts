import type { DinerProfile, DinerProfileUpdatedData } from '@forkcast/events';

/** A person registers as a diner; again with the same data is a no-op. */
export interface RegisterDiner {
  type: 'RegisterDiner';
  data: DinerProfile & { referralCode: string; referredBy?: string; email?: string };
}

/** A diner changes their profile; null clears an optional field. */
export interface UpdateDinerProfile {
  type: 'UpdateDinerProfile';
  data: DinerProfileUpdatedData;
}

export type DinerCommand = RegisterDiner | UpdateDinerProfile;
