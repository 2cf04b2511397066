import type { Actor, EventCatalog, EventEnvelope, EventMeta, NewEvent } from '@forkcast/events';
import { monotonicFactory } from 'ulid';

/** Ids from one process increase strictly, so byDay order follows append order here. */
const nextId = monotonicFactory();

/** Who and what stamps a command's events. */
export interface StampContext {
  stream: string;
  /** Version the stream is at; the first event takes `currentVersion + 1`. */
  currentVersion: number;
  actor: Actor;
  correlationId: string;
  causationId?: string;
  idempotencyKey?: string;
  now: Date;
  catalog: EventCatalog;
}

/** Envelopes for a decider's events: ids, consecutive versions, occurredAt and meta. */
export function stampEvents(events: readonly NewEvent[], ctx: StampContext): EventEnvelope[] {
  const meta: EventMeta = {
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    ...(ctx.causationId ? { causationId: ctx.causationId } : {}),
    ...(ctx.idempotencyKey ? { idempotencyKey: ctx.idempotencyKey } : {}),
  };
  return events.map((event, i) => ({
    id: nextId(ctx.now.getTime()),
    stream: ctx.stream,
    version: ctx.currentVersion + i + 1,
    type: event.type,
    schemaVersion: event.schemaVersion ?? ctx.catalog.latestVersion(event.type),
    occurredAt: ctx.now.toISOString(),
    data: event.data as Record<string, unknown>,
    meta,
  }));
}
