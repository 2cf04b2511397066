import type { AnyProjection } from '@forkcast/core';
import type { HandlerNeeds } from '../app/handlerNeeds';

/** An EventBridge event pattern (JSON), matched against the whole EventBridge event. */
export type EventPattern = Record<string, unknown>;

/**
 * A projection Lambda. Its handler module (relative to packages/functions/src) exports `handler`
 * and `build(deps)`, like every handler module.
 */
export interface ProjectionTarget {
  kind: 'projection';
  /** The projection's name, also the Lambda's logical name. */
  name: string;
  projection: AnyProjection;
  handler: string;
  /** What the handler reaches on AWS (app/handlerNeeds.ts); the subscriptions stacks grant exactly this. */
  needs: HandlerNeeds;
}

/** A policy Lambda: reacts to events by issuing commands or task callbacks (DESIGN.md, "The log"). */
export interface PolicyTarget {
  kind: 'policy';
  name: string;
  /** The event types it reacts to; the pattern's `detail-type` is derived from them. */
  handles: readonly string[];
  handler: string;
  /** What the handler reaches on AWS (app/handlerNeeds.ts); the subscriptions stacks grant exactly this. */
  needs: HandlerNeeds;
}

/** A Step Functions state machine started with the event as input. */
export interface WorkflowTarget {
  kind: 'workflow';
  name: string;
  /** ASL file relative to packages/functions/src, as the workflow table names it. */
  definition: string;
  /** The event types that start it. */
  handles: readonly string[];
}

export type SubscriptionTarget = ProjectionTarget | PolicyTarget | WorkflowTarget;

/** EventBridge's RetryPolicy of a rule target. */
export interface SubscriptionRetryPolicy {
  maximumRetryAttempts: number;
  maximumEventAgeSeconds: number;
}

/**
 * One row of the subscription table: the only place routing is declared. The local bus subscribes
 * `pattern` through the conformance-tested matcher; a subscriptions stack turns the row into an
 * EventBridge rule with this target, retry policy and an SQS dead-letter queue. Rows are made by
 * `subscribe` (liveSubscription.ts), which derives the pattern from what the target handles.
 */
export interface Subscription {
  /** Stable kebab-case id: names the rule, the DLQ and the local dead-letter file. */
  id: string;
  description: string;
  pattern: EventPattern;
  target: SubscriptionTarget;
  /** EventBridge's default (185 retries, 24 h) when absent. */
  retry?: SubscriptionRetryPolicy;
  /**
   * One delivery at a time: the target rewrites one shared object (a snapshot) by read-modify-write,
   * so two concurrent runs would race and one write would be lost. On AWS its function gets reserved
   * concurrency 1 (a throttled asynchronous delivery is retried by Lambda, not dropped).
   */
  serial?: boolean;
}
