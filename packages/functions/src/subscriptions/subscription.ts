import type { Context } from 'aws-lambda';
import type { EventBridgeEvent } from '@forkcast/events';

/** An EventBridge event pattern (JSON), matched against the whole EventBridge event. */
export type EventPattern = Record<string, unknown>;

export type EventBridgeHandler = (event: EventBridgeEvent, context: Context) => Promise<unknown>;

/** A projection Lambda (packages/functions/src/projections/<name>.ts). */
export interface ProjectionTarget {
  kind: 'projection';
  /** The projection's name, also the Lambda's logical name. */
  name: string;
  /** Module path (relative to packages/functions/src) and export, for the Bus stack's bundles. */
  handler: { module: string; export: string };
  /** Imports the handler lazily, so the local runtime loads only what it delivers to. */
  load: () => Promise<EventBridgeHandler>;
}

/** A Step Functions state machine started with the event as input. */
export interface WorkflowTarget {
  kind: 'workflow';
  name: string;
  /** ASL file relative to packages/functions/src, e.g. `workflows/onboarding.asl.json`. */
  definition: string;
}

/** EventBridge's RetryPolicy of a rule target. */
export interface SubscriptionRetryPolicy {
  maximumRetryAttempts: number;
  maximumEventAgeSeconds: number;
}

/**
 * One row of the subscription table (subscriptionTable.ts): the only place routing is declared.
 * The local bus subscribes `pattern` through the conformance-tested matcher; the Bus stack turns the
 * row into an EventBridge rule with this target, retry policy and an SQS dead-letter queue.
 */
export interface Subscription {
  /** Stable kebab-case id: names the rule, the DLQ and the local dead-letter file. */
  id: string;
  description: string;
  pattern: EventPattern;
  target: ProjectionTarget | WorkflowTarget;
  /** EventBridge's default (185 retries, 24 h) when absent. */
  retry?: SubscriptionRetryPolicy;
}
