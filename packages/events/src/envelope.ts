import * as z from 'zod';

export const actorSchema = z.object({
  id: z.string().min(1),
  role: z.enum(['staff', 'diner', 'owner', 'system']),
});
export type Actor = z.infer<typeof actorSchema>;

export const eventMetaSchema = z.object({
  actor: actorSchema,
  correlationId: z.string().min(1),
  causationId: z.string().min(1).optional(),
  idempotencyKey: z.string().min(1).optional(),
  replay: z.object({ id: z.string().min(1) }).optional(),
});
export type EventMeta = z.infer<typeof eventMetaSchema>;

/**
 * The canonical envelope (DESIGN.md "Events"): stored in the log as is and sent as the
 * EventBridge `detail` unchanged. `data` is validated separately against the catalog's schema
 * for `type` + `schemaVersion`.
 */
export const eventEnvelopeSchema = z.object({
  id: z.string().length(26),
  stream: z.string().min(1),
  version: z.number().int().positive(),
  type: z.string().regex(/^[A-Z][A-Za-z0-9]+$/),
  schemaVersion: z.number().int().positive(),
  occurredAt: z.iso.datetime(),
  data: z.record(z.string(), z.unknown()),
  meta: eventMetaSchema,
});

export interface EventEnvelope<TType extends string = string, TData = Record<string, unknown>> {
  id: string;
  stream: string;
  version: number;
  type: TType;
  schemaVersion: number;
  occurredAt: string;
  data: TData;
  meta: EventMeta;
}

/** What a decider emits: the store assigns id, stream, version, occurredAt and meta on append. */
export interface NewEvent<TType extends string = string, TData = Record<string, unknown>> {
  type: TType;
  schemaVersion?: number;
  data: TData;
}
