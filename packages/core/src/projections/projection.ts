import type { EventEnvelope } from '@forkcast/events';

/**
 * A read model derived from one stream per view item. The runner (projectEvent.ts) keys each
 * item by (projection name, stream), stores the stream version it reflects, skips duplicates and
 * fills gaps from the log, so any delivery order gives the same item as a rebuild.
 * `evolve` returns null when the item should not exist (e.g. a delisted restaurant in a list).
 */
export interface Projection<View> {
  name: string;
  /** Event types this projection reads; others are ignored. */
  handles: readonly string[];
  initialView: () => View | null;
  evolve: (view: View | null, event: EventEnvelope) => View | null;
  /** Secondary index keys written beside the view (e.g. city for the list by city). */
  indexKeys?: (view: View) => Record<string, string | undefined>;
  /** Sort key of the item within its index (e.g. the normalised name); default the stream id. */
  indexSort?: (view: View) => string;
}
