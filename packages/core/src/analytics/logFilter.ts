import { compilePattern, toEventBridgeEvent, type EventEnvelope } from '@forkcast/events';

/** What an analyst selects from the log: an EventBridge pattern and/or one stream. */
export interface LogSelection {
  /** An EventBridge event pattern (JSON text or object), matched against the event as the bus delivers it. */
  pattern?: string | object;
  stream?: string;
}

/** The account and region the bus stamps on events; patterns may test them. */
export interface BusIdentity {
  account: string;
  region: string;
}

/**
 * The predicate of a selection: the same conformance-tested matcher the bus uses, applied to the
 * EventBridge-shaped event, so a pattern selects here exactly what a rule with it would receive.
 * Throws PatternError for a pattern EventBridge would refuse.
 */
export function logFilter(selection: LogSelection, bus: BusIdentity): (event: EventEnvelope) => boolean {
  const compiled = selection.pattern === undefined ? undefined : compilePattern(selection.pattern);
  const stream = selection.stream;
  return (event) => {
    if (stream !== undefined && event.stream !== stream) return false;
    if (!compiled) return true;
    // A fixed id: the matcher never looks at it, and a random UUID per event costs time in bulk.
    return compiled.matches(toEventBridgeEvent(event, { ...bus, id: event.id }));
  };
}
