import type { EventEnvelope, ForkcastEnvelope } from '@forkcast/events';

/**
 * A read model derived from one stream per view item. The runner (projectEvent.ts) keys each
 * item by (projection name, stream), stores the stream version it reflects, skips duplicates and
 * fills gaps from the log, so any delivery order gives the same item as a rebuild.
 * `evolve` returns null when the item should not exist (e.g. a delisted restaurant in a list).
 * `E` is the union of envelopes it reads: `handles` can only name their types, and `evolve` gets
 * them typed. Subscriptions derive their `detail-type` from `handles`.
 */
export interface Projection<View, E extends EventEnvelope<string, any> = ForkcastEnvelope> {
  name: string;
  /** Event types this projection reads; others are ignored. */
  handles: readonly E['type'][];
  initialView: () => View | null;
  evolve: (view: View | null, event: E) => View | null;
  /** Secondary index keys written beside the view (e.g. city for the list by city). */
  indexKeys?: (view: View) => Record<string, string | undefined>;
  /** Sort key of the item within its index (e.g. the normalised name); default the stream id. */
  indexSort?: (view: View) => string;
}

/** Any projection, whatever it reads: what tables and runners hold. */
export type AnyProjection = Projection<any, any>;

/** Whether `projection` reads `event`, narrowing the event to the projection's envelopes. */
export function projectionHandles<View, E extends EventEnvelope<string, any>>(
  projection: Projection<View, E>, event: EventEnvelope<string, any>,
): event is E {
  return (projection.handles as readonly string[]).includes(event.type);
}
