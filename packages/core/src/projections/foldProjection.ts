import type { EventEnvelope } from '@forkcast/events';
import type { Projection } from './projection';

/**
 * The view a projection builds from a stream's events in version order (from `start`, default
 * its initial view): a rebuild. Event types the projection does not handle leave the view as is.
 */
export function foldProjection<View>(
  projection: Projection<View>,
  events: readonly EventEnvelope[],
  start: View | null = projection.initialView(),
): View | null {
  return events.reduce((view, event) => (projection.handles.includes(event.type) ? projection.evolve(view, event) : view), start);
}
