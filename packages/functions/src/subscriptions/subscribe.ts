import { eventCatalog, type ForkcastEventType } from '@forkcast/events';
import type { Projection } from '@forkcast/core';
import type { EventPattern, Subscription, SubscriptionRetryPolicy, SubscriptionTarget } from './subscription';
import type { Workflow } from '../workflows/workflow';
import { projectionNeeds, type HandlerNeeds } from '../app/handlerNeeds';

/**
 * Live consumers exclude replayed events: a replay rebuilds read models explicitly and must not
 * re-trigger them (or any workflow) through their live rules. The test is on `meta.replay.id`, not
 * `meta.replay`: EventBridge's `exists` only sees leaf values, so `"replay": [{"exists": false}]`
 * would also match events that carry `replay: {id}` (an object) and let every replay through.
 */
export const liveOnly = { meta: { replay: { id: [{ exists: false }] } } } as const;

/** The pattern of live events of these types: sources and detail-types both derived from the catalog. */
export function livePattern(types: readonly string[]): EventPattern {
  if (types.length === 0) throw new Error('a subscription must handle at least one event type');
  return {
    source: [...new Set(types.map((t) => eventCatalog.sourceOf(t)))].sort(),
    'detail-type': [...types],
    detail: liveOnly,
  };
}

interface Row {
  id: string;
  description: string;
  retry?: SubscriptionRetryPolicy;
  /** Deliver one event at a time (Subscription.serial). */
  serial?: boolean;
}

function row(r: Row, target: SubscriptionTarget, types: readonly string[]): Subscription {
  return {
    id: r.id, description: r.description, pattern: livePattern(types), target,
    ...(r.retry ? { retry: r.retry } : {}), ...(r.serial ? { serial: true } : {}),
  };
}

/** A projection's subscription: it receives exactly the types its `handles` names. */
export function subscribeProjection(r: Row & { projection: Projection<any, any>; handler: string; alsoNeeds?: HandlerNeeds }): Subscription {
  const needs = [...projectionNeeds, ...(r.alsoNeeds ?? [])];
  return row(r, { kind: 'projection', name: r.projection.name, projection: r.projection, handler: r.handler, needs }, r.projection.handles);
}

/** A policy's subscription. */
export function subscribePolicy(r: Row & { name: string; handles: readonly ForkcastEventType[]; handler: string; needs: HandlerNeeds }): Subscription {
  return row(r, { kind: 'policy', name: r.name, handles: r.handles, handler: r.handler, needs: r.needs }, r.handles);
}

/** A workflow started by events of these types. */
export function subscribeWorkflow(r: Row & { workflow: Workflow; on: readonly ForkcastEventType[] }): Subscription {
  return row(r, { kind: 'workflow', name: r.workflow.name, definition: r.workflow.file, handles: r.on }, r.on);
}
