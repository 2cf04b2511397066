import type { EventStore } from '@forkcast/core';
import type { EventEnvelope } from '@forkcast/events';

/**
 * The event an index entry points at, as the table holds it; undefined when the table has no
 * item there or another event took that version. dynalite writes the index entry and the item
 * separately, so a kill between the two leaves an entry for an event that never was.
 */
export async function readFromTable(store: EventStore, entry: Pick<EventEnvelope, 'id' | 'stream' | 'version'>): Promise<EventEnvelope | undefined> {
  const [event] = await store.readStream(entry.stream, { fromVersion: entry.version, toVersion: entry.version });
  return event?.id === entry.id ? event : undefined;
}
