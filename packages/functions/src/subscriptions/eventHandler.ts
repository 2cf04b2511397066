import type { Context } from 'aws-lambda';
import { eventCatalog, type EventBridgeEvent, type ForkcastEnvelope } from '@forkcast/events';
import { invocationObservability, type Observability } from '../http/observability';

export type EventBridgeTargetHandler<Result> = (event: EventBridgeEvent, context: Context) => Promise<Result>;

/**
 * The pipeline of every bus target: validate the envelope against the catalog (upcasting old
 * versions), give the invocation its own logger with the event's correlation id, run `fn`. Any
 * failure is thrown, so EventBridge retries and finally dead-letters the event; targets are
 * idempotent, so redeliveries are harmless.
 */
export function eventHandler<Result>(name: string, fn: (event: ForkcastEnvelope, observability: Observability) => Promise<Result>): EventBridgeTargetHandler<Result> {
  return async (event, context) => {
    const observability = invocationObservability();
    observability.logger.addContext(context);
    const envelope = eventCatalog.parse(event.detail);
    observability.logger.setCorrelationId(envelope.meta.correlationId);
    observability.logger.appendKeys({ target: name, stream: envelope.stream, version: envelope.version, type: envelope.type });
    return fn(envelope, observability);
  };
}
