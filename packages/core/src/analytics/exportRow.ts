import type { EventEnvelope } from '@forkcast/events';

/**
 * One exported row: the envelope's fields as columns and `data` as JSON text, so DuckDB or Athena
 * can filter on envelope columns and reach into data with JSON functions. Absent optional meta
 * fields are null, so every file of an export has the same columns.
 */
export interface ExportRow {
  id: string;
  stream: string;
  version: number;
  type: string;
  schemaVersion: number;
  occurredAt: string;
  actorId: string;
  actorRole: string;
  correlationId: string;
  causationId: string | null;
  idempotencyKey: string | null;
  replayId: string | null;
  data: string;
}

export function exportRow(event: EventEnvelope): ExportRow {
  return {
    id: event.id,
    stream: event.stream,
    version: event.version,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    actorId: event.meta.actor.id,
    actorRole: event.meta.actor.role,
    correlationId: event.meta.correlationId,
    causationId: event.meta.causationId ?? null,
    idempotencyKey: event.meta.idempotencyKey ?? null,
    replayId: event.meta.replay?.id ?? null,
    data: JSON.stringify(event.data),
  };
}
