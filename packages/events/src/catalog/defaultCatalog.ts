import type { EventEnvelope } from '../envelope';
import { restaurantEventTypes } from '../restaurants/restaurantEvents';
import { createEventCatalog } from './eventCatalog';

/** Forkcast's catalog: every event type that may appear in the log. Add new contexts here. */
export const eventCatalog = createEventCatalog([...restaurantEventTypes]);

/** Validates an envelope against `eventCatalog` and upcasts it to the latest schemaVersion. */
export function parseEvent(envelope: unknown): EventEnvelope {
  return eventCatalog.parse(envelope);
}
