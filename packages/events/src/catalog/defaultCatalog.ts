import { importEventTypes } from '../imports/importEvents';
import { restaurantEventTypes } from '../restaurants/restaurantEvents';
import { dinersEventTypes } from '../diners/dinerEvents';
import { reviewEventTypes } from '../reviews/reviewEvents';
import { claimEventTypes } from '../claims/claimEvents';
import { createEventCatalog } from './eventCatalog';

/** Forkcast's catalog: every event type that may appear in the log. Add new contexts here. */
export const eventCatalog = createEventCatalog([...restaurantEventTypes, ...importEventTypes, ...dinersEventTypes, ...reviewEventTypes, ...claimEventTypes]);

/** Any event the log may hold, as read (upcast to its latest schemaVersion): a union by `type`. */
export type ForkcastEnvelope = ReturnType<typeof eventCatalog.parse>;

/** The event type names of the catalog. */
export type ForkcastEventType = ForkcastEnvelope['type'];

/** Validates an envelope against `eventCatalog` and upcasts it to the latest schemaVersion. */
export function parseEvent(envelope: unknown): ForkcastEnvelope {
  return eventCatalog.parse(envelope);
}

/** A type guard for one event type: `events.filter(ofType('RestaurantListed'))` is typed. */
export function ofType<T extends ForkcastEventType>(type: T) {
  return (event: ForkcastEnvelope): event is Extract<ForkcastEnvelope, { type: T }> => event.type === type;
}
