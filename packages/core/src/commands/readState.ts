import type { EventEnvelope, ForkcastEnvelope, NewEvent } from '@forkcast/events';
import type { Decider } from '../decider';
import type { EventStore } from '../eventStore/eventStore';
import { foldState } from './foldState';

/** A stream's current state and version, for a policy or importer that must look before it acts. */
export async function readState<Command, Event extends NewEvent, State, E extends EventEnvelope<string, any> = ForkcastEnvelope>(
  store: Pick<EventStore<E>, 'readStream'>, decider: Decider<Command, Event, State>, stream: string,
): Promise<{ state: State; version: number }> {
  const history = await store.readStream(stream);
  return { state: foldState(decider, stream, history), version: history.at(-1)?.version ?? 0 };
}
