import type { DinerEvent, DinerRegisteredData, DinerProfileUpdatedData } from '@forkcast/events';

/** What the diner decider needs: whether they registered, and their profile. */
export type DinerState = { status: 'unregistered' } | { status: 'registered'; profile: DinerRegisteredData };

export const initialDinerState = (): DinerState => ({ status: 'unregistered' });

/** Applies changed fields: undefined keeps a field, null removes it. */
export function applyDinerChanges<P extends object>(profile: P, changes: DinerProfileUpdatedData): P {
  const next = { ...profile } as Record<string, unknown>;
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next as P;
}

export function evolveDiner(state: DinerState, event: DinerEvent): DinerState {
  switch (event.type) {
    case 'DinerRegistered':
      return { status: 'registered', profile: event.data };
    case 'DinerProfileUpdated':
      return state.status === 'registered' ? { status: 'registered', profile: applyDinerChanges(state.profile, event.data) } : state;
  }
}
