import type { EventEnvelope, NewEvent } from '../envelope';
import type { z } from 'zod';

/** One older schemaVersion of an event type and how its data becomes the next version's. */
export interface EventTypeVersion {
  schema: z.ZodType;
  /** Turns valid data of this version into data of the next version (pure, total). */
  upcast: (data: any) => unknown;
}

/**
 * An event type of the catalog. The latest schemaVersion is `history.length + 1`; `history[i]`
 * is schemaVersion `i + 1`. Old versions are upcast on read and never rewritten in the log.
 */
export interface EventType<TType extends string = string, TData = unknown> {
  type: TType;
  /** EventBridge `source`, `forkcast.<context>`. */
  source: `forkcast.${string}`;
  /** Schema of the latest schemaVersion. */
  schema: z.ZodType<TData>;
  history: readonly EventTypeVersion[];
  latestVersion: number;
  description?: string;
}

/** The envelope, as read from the log, of an event type (a union for a union of types). */
export type EnvelopeOfType<T> = T extends EventType<infer TType, infer TData> ? EventEnvelope<TType, TData> : never;

/** What a decider emits for an event type (a union for a union of types). */
export type NewEventOfType<T> = T extends EventType<infer TType, infer TData> ? NewEvent<TType, TData> : never;

/** Declares an event type (the latest schema plus, oldest first, the versions it replaced). */
export function defineEventType<TType extends string, TSchema extends z.ZodType>(def: {
  type: TType;
  source: `forkcast.${string}`;
  schema: TSchema;
  history?: readonly EventTypeVersion[];
  description?: string;
}): EventType<TType, z.infer<TSchema>> {
  const history = def.history ?? [];
  return { ...def, history, latestVersion: history.length + 1 } as EventType<TType, z.infer<TSchema>>;
}

/** The zod schema of `schemaVersion` of `eventType`, or undefined when no such version exists. */
export function schemaOfVersion(eventType: EventType, schemaVersion: number): z.ZodType | undefined {
  if (schemaVersion === eventType.latestVersion) return eventType.schema;
  return eventType.history[schemaVersion - 1]?.schema;
}
