import type { Context } from 'aws-lambda';
import type { EventBridgeEvent } from '@forkcast/events';

/** A Lambda handler as a rule target invokes it. */
export type EventBridgeTargetHandler = (event: EventBridgeEvent, context: Context) => unknown;

export interface HandlerTarget {
  kind: string;
  name: string;
  /** Imports the handler; called once per target, on first delivery. */
  load(): Promise<EventBridgeTargetHandler>;
}

export interface WorkflowTarget {
  kind: 'workflow';
  name: string;
  /** ASL file, relative to packages/functions/src. */
  definition: string;
}

/**
 * What the bus needs of a row of the subscription table (packages/functions/src/subscriptions):
 * the table's `Subscription` is assignable to it.
 */
export interface BusSubscription {
  id: string;
  /** EventBridge event pattern, matched against the EventBridge event (source, detail-type, detail). */
  pattern: unknown;
  target: HandlerTarget | WorkflowTarget;
  /** The rule target's retry policy; the bus's `retry` option, then EventBridge's default, when absent. */
  retry?: { maximumRetryAttempts?: number; maximumEventAgeSeconds?: number };
}

/** Starts an execution of a workflow target with the event as input (the local workflow runner). */
export type StartWorkflow = (target: WorkflowTarget, event: EventBridgeEvent) => Promise<unknown>;
