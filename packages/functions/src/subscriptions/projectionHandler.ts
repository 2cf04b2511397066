import { projectEvent, type EventStore, type Projection, type ProjectEventResult, type ViewStore } from '@forkcast/core';
import type { EventEnvelope } from '@forkcast/events';
import { eventHandler } from './eventHandler';

/**
 * A projection's Lambda: core's projectEvent brings the view item up to the delivered event,
 * skipping duplicates and filling gaps from the log.
 */
export function projectionHandler<View, E extends EventEnvelope<string, any>>(
  projection: Projection<View, E>, deps: { events: EventStore; views: ViewStore },
) {
  return eventHandler<ProjectEventResult>(projection.name, async (event, { logger }) => {
    const result = await projectEvent({ projection, event, views: deps.views, store: deps.events });
    logger.debug('projected', { result });
    return result;
  });
}
