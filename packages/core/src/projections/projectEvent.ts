import { eventCatalog, type EventCatalog, type EventEnvelope } from '@forkcast/events';
import type { EventStore } from '../eventStore/eventStore';
import { projectionHandles, type Projection } from './projection';
import type { ViewStore } from './viewStore';
import { foldProjection } from './foldProjection';

/** Arguments of projectEvent. */
export interface ProjectEventInput<View, E extends EventEnvelope<string, any>> {
  projection: Projection<View, E>;
  /** As delivered by the bus: at least once, in any order, possibly an old schemaVersion. */
  event: EventEnvelope;
  views: ViewStore;
  /** Where missing events of a gap are read from. */
  store: Pick<EventStore<EventEnvelope<string, any>>, 'readStream'>;
  catalog?: Pick<EventCatalog<EventEnvelope<string, any>>, 'parse'>;
  /** Attempts when another delivery wins the write; default 10. */
  maxAttempts?: number;
}

/** What a delivery did to the view item. */
export type ProjectEventResult =
  | { status: 'applied'; version: number; /** events applied, > 1 when a gap was filled */ applied: number }
  | { status: 'duplicate'; version: number }
  | { status: 'ignored' };

/**
 * Brings the projection's item for the event's stream up to `event.version`: skips what the item
 * already reflects, reads any gap from the log, and writes conditionally on the version it read.
 */
export async function projectEvent<View, E extends EventEnvelope<string, any>>(input: ProjectEventInput<View, E>): Promise<ProjectEventResult> {
  const { projection, views, store } = input;
  if (!projectionHandles(projection, input.event)) return { status: 'ignored' };
  const event = (input.catalog ?? eventCatalog).parse(input.event);
  const maxAttempts = input.maxAttempts ?? 10;
  for (let attempt = 1; ; attempt++) {
    const stored = await views.get<View>(projection.name, event.stream);
    const storedVersion = stored?.version ?? 0;
    if (event.version <= storedVersion) return { status: 'duplicate', version: storedVersion };

    const events = event.version === storedVersion + 1
      ? [event]
      : await store.readStream(event.stream, { fromVersion: storedVersion + 1, toVersion: event.version });
    if (events.length !== event.version - storedVersion || events.some((e, i) => e.version !== storedVersion + 1 + i)) {
      throw new Error(`${event.stream}: the log lacks versions ${storedVersion + 1}..${event.version}`);
    }
    // Unhandled types in a gap still advance the version; foldProjection skips them.
    const view = foldProjection(projection, events, stored ? stored.view : projection.initialView());
    const written = await views.put(
      { projection: projection.name, stream: event.stream, version: event.version, view },
      stored?.version,
      view === null ? undefined : projection.indexKeys?.(view),
      view === null ? undefined : projection.indexSort?.(view),
    );
    if (written) return { status: 'applied', version: event.version, applied: events.length };
    if (attempt >= maxAttempts) throw new Error(`${projection.name}/${event.stream}: lost ${attempt} write races`);
  }
}
