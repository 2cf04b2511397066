import type { NewEvent } from '@forkcast/events';

/**
 * Emmett-style decider: pure functions, no I/O. `decide` throws a DomainError (see
 * domainError.ts) when a rule forbids the command; it returns the events to append otherwise.
 */
export interface Decider<Command, Event extends NewEvent, State> {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State) => Event[];
}
