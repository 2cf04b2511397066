import type { EventEnvelope } from '@forkcast/events';
import { projectionHandles, type Projection } from './projection';

/**
 * The view a projection builds from a stream's events in version order (from `start`, default
 * its initial view): a rebuild. Event types the projection does not handle leave the view as is.
 */
export function foldProjection<View, E extends EventEnvelope<string, any>>(
  projection: Projection<View, E>,
  events: readonly EventEnvelope<string, any>[],
  start: View | null = projection.initialView(),
): View | null {
  let view = start;
  for (const event of events) if (projectionHandles(projection, event)) view = projection.evolve(view, event);
  return view;
}
