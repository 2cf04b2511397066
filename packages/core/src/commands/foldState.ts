import type { EventEnvelope, NewEvent } from '@forkcast/events';
import type { Decider } from '../decider';
import { ForeignEventError } from './commandErrors';

/** The decider's state after a stream's events; an event the decider does not know is a bug. */
export function foldState<Command, Event extends NewEvent, State, E extends EventEnvelope<string, any>>(
  decider: Decider<Command, Event, State>, stream: string, history: readonly E[],
): State {
  const own = (e: E): e is E & Event => (decider.eventTypes as readonly string[]).includes(e.type);
  let state = decider.initialState();
  for (const event of history) {
    if (!own(event)) throw new ForeignEventError(stream, event.type);
    state = decider.evolve(state, event);
  }
  return state;
}
