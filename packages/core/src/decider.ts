import type { NewEvent } from '@forkcast/events';

/**
 * Emmett-style decider: pure functions, no I/O. `decide` throws a DomainError when a rule forbids
 * the command. It returns at most one event (DESIGN.md, "The log": one command appends at most one
 * event to one stream; effects on other streams are policies), or null when nothing changes.
 */
export interface Decider<Command, Event extends NewEvent, State> {
  /** The event types of this decider's streams; anything else found in one is a bug, not data. */
  eventTypes: readonly Event['type'][];
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: State) => Event | null;
}
