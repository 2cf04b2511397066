import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { eventCatalog, type EventBridgeEvent } from '@forkcast/events';
import { projectEvent, type Projection, type ProjectEventResult } from '@forkcast/core';
import { stores } from '../config/stores';
import { logger } from '../http/observability';

/**
 * A projection's Lambda: validate the envelope against the catalog (upcasting old versions), then
 * let core's projectEvent bring the view item up to it. Any failure is thrown, so EventBridge
 * retries and finally dead-letters the event; projectEvent makes redeliveries harmless.
 */
export function projectionHandler<View>(projection: Projection<View>) {
  return middy<EventBridgeEvent, ProjectEventResult>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .handler(async (event: EventBridgeEvent, _context: Context) => {
      const envelope = eventCatalog.parse(event.detail);
      logger.setCorrelationId(envelope.meta.correlationId);
      const { events, views } = stores();
      const result = await projectEvent({ projection, event: envelope, views, store: events });
      logger.debug('projected', { projection: projection.name, stream: envelope.stream, version: envelope.version, result });
      return result;
    });
}
