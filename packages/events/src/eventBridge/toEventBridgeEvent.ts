import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '../envelope';
import { eventCatalog } from '../catalog/defaultCatalog';
import type { EventBridgeEvent } from './eventBridgeEvent';

export interface EventBridgeEventOptions {
  account: string;
  region: string;
  /** EventBridge assigns a fresh UUID per put; pass one to make the event reproducible (tests). */
  id?: string;
}

/**
 * Wraps a log envelope the way the `forkcast` bus delivers it: `detail` is the envelope unchanged,
 * `detail-type` its type and `source` the catalog's source for that type. Throws
 * UnknownEventTypeError for a type the catalog does not know, as the publisher would.
 */
export function toEventBridgeEvent(envelope: EventEnvelope, options: EventBridgeEventOptions): EventBridgeEvent {
  return {
    version: '0',
    id: options.id ?? randomUUID(),
    'detail-type': envelope.type,
    source: eventCatalog.sourceOf(envelope.type),
    account: options.account,
    time: eventBridgeTime(envelope.occurredAt),
    region: options.region,
    resources: [],
    detail: envelope,
  };
}

/** EventBridge writes `time` in UTC at whole seconds: `2026-01-01T00:00:00Z`. */
export function eventBridgeTime(isoTimestamp: string): string {
  const millis = Date.parse(isoTimestamp);
  if (Number.isNaN(millis)) throw new RangeError(`not an ISO-8601 timestamp: ${isoTimestamp}`);
  return new Date(millis).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
