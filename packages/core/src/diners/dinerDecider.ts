import { dinerEventTypes, type DinerEvent, type DinerProfileUpdatedData } from '@forkcast/events';
import type { Decider } from '../decider';
import { DomainError } from '../commands/commandErrors';
import type { DinerCommand } from './dinerCommands';
import { evolveDiner, initialDinerState, type DinerState } from './dinerState';
import { dinerNotRegistered } from './dinerNotRegistered';
import { sameJson } from './sameJson';

function changes(profile: Record<string, unknown>, proposed: DinerProfileUpdatedData): DinerProfileUpdatedData {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(proposed)) {
    if (value === undefined) continue;
    if (value === null ? profile[field] !== undefined : !sameJson(value, profile[field])) out[field] = value;
  }
  return out as DinerProfileUpdatedData;
}

function withoutEmail<T extends { email?: string }>(profile: T): Omit<T, 'email'> {
  const { email: _email, ...rest } = profile;
  return rest;
}

function decide(command: DinerCommand, state: DinerState): DinerEvent | null {
  switch (command.type) {
    case 'RegisterDiner':
      if (state.status === 'unregistered') return { type: 'DinerRegistered', data: command.data };
      // The trigger and POST /me may both register the same person: the same data is a no-op. POST /me
      // with an access token knows no email, so an email already recorded is not a difference; nor is
      // one a later ID token brings to a registration that had none (registering changes nothing then:
      // only a differing address is a conflict).
      if (command.data.email === undefined || state.profile.email === undefined
        ? sameJson(withoutEmail(state.profile), withoutEmail(command.data))
        : sameJson(state.profile, command.data)) return null;
      throw new DomainError('diner-already-registered', 'already registered with other data; use PATCH /me');
    case 'UpdateDinerProfile': {
      if (state.status === 'unregistered') throw dinerNotRegistered();
      const changed = changes(state.profile, command.data);
      return Object.keys(changed).length === 0 ? null : { type: 'DinerProfileUpdated', data: changed };
    }
  }
}

/** The diner aggregate: one stream per person (`diner-<derived from sub>`). */
export const dinerDecider: Decider<DinerCommand, DinerEvent, DinerState> = {
  eventTypes: dinerEventTypes.map((t) => t.type),
  initialState: initialDinerState,
  evolve: evolveDiner,
  decide,
};
