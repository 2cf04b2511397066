import type { Actor, EventCatalog, EventEnvelope, EventMeta, NewEvent } from '@forkcast/events';
import { monotonicFactory } from 'ulid';

/** Ids from one process increase strictly, so byDay order follows append order here. */
const nextId = monotonicFactory();

/** Who and what stamps a command's event. */
export interface StampContext {
  stream: string;
  /** Version the stream is at; the event takes `currentVersion + 1`. */
  currentVersion: number;
  actor: Actor;
  correlationId: string;
  causationId?: string;
  idempotencyKey?: string;
  now: Date;
  catalog: Pick<EventCatalog, 'latestVersion'>;
}

/** The envelope of a decider's event: id, next version, occurredAt and meta. */
export function stampEvent<E extends NewEvent<string, unknown>>(event: E, ctx: StampContext): EventEnvelope<E['type'], E['data']> {
  const meta: EventMeta = {
    actor: ctx.actor,
    correlationId: ctx.correlationId,
    ...(ctx.causationId ? { causationId: ctx.causationId } : {}),
    ...(ctx.idempotencyKey ? { idempotencyKey: ctx.idempotencyKey } : {}),
  };
  return {
    id: nextId(ctx.now.getTime()),
    stream: ctx.stream,
    version: ctx.currentVersion + 1,
    type: event.type,
    schemaVersion: event.schemaVersion ?? ctx.catalog.latestVersion(event.type),
    occurredAt: ctx.now.toISOString(),
    data: event.data,
    meta,
  };
}
