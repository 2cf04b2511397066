import type { EventEnvelope } from '@forkcast/events';

export interface TimelineExecution {
  name: string;
  workflow: string;
  /** The execution's input as JSON text (a bus-started one holds the EventBridge event). */
  input: string;
}

export interface TimelineEntry {
  event: EventEnvelope;
  /** Executions this event started (its EventBridge event was their input). */
  startedExecutions: { name: string; workflow: string }[];
  /** Executions that appended it (their name is part of the event's correlation, causation or idempotency key). */
  emittedBy: { name: string; workflow: string }[];
}

const restaurantFields = ['restaurantId', 'restaurant'] as const;

function refersTo(event: EventEnvelope, stream: string): boolean {
  const data = event.data as Record<string, unknown>;
  return restaurantFields.some((field) => data[field] === stream);
}

/**
 * Every event about a restaurant, in log order: its own stream, and every stream (review, claim…)
 * that names it in one of its events, whole, since later events of a review need not repeat the
 * restaurant.
 */
export function restaurantTimeline(restaurantId: string, log: readonly EventEnvelope[], executions: readonly TimelineExecution[]): TimelineEntry[] {
  // A restaurant's id is its stream id (`restaurant-<ULID>`).
  const own = restaurantId.startsWith('restaurant-') ? restaurantId : `restaurant-${restaurantId}`;
  const streams = new Set([own, ...log.filter((e) => refersTo(e, own)).map((e) => e.stream)]);
  const startedBy = new Map<string, { name: string; workflow: string }[]>();
  for (const execution of executions) {
    const eventId = startingEventId(execution.input);
    if (eventId) startedBy.set(eventId, [...(startedBy.get(eventId) ?? []), { name: execution.name, workflow: execution.workflow }]);
  }
  const byName = new Map(executions.map((e) => [e.name, { name: e.name, workflow: e.workflow }]));
  return log
    .filter((event) => streams.has(event.stream))
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id))
    .map((event) => {
      const keys = [event.meta.correlationId, event.meta.causationId, event.meta.idempotencyKey].filter((k): k is string => typeof k === 'string');
      // Workflow steps derive their keys from the execution's name ($states.context.Execution.Name).
      const emittedBy = [...new Set(keys.flatMap((key) => [...byName.keys()].filter((name) => key.includes(name))))];
      return { event, startedExecutions: startedBy.get(event.id) ?? [], emittedBy: emittedBy.map((name) => byName.get(name)!) };
    });
}

function startingEventId(input: string): string | undefined {
  try {
    const value = JSON.parse(input) as { detail?: { id?: unknown } };
    return typeof value?.detail?.id === 'string' ? value.detail.id : undefined;
  } catch {
    return undefined;
  }
}
