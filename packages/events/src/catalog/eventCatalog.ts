import { eventEnvelopeSchema, type EventEnvelope } from '../envelope';
import { schemaOfVersion, type EnvelopeOfType, type EventType } from './eventType';
import { InvalidEventError, UnknownEventTypeError } from './eventCatalogErrors';

/**
 * A registry of event types: validation, upcasting and sources for every type in the log. `E` is
 * the union of the envelopes it can return, so whatever reads through it gets typed events.
 */
export interface EventCatalog<E extends EventEnvelope<string, any> = EventEnvelope> {
  types: readonly EventType[];
  /** The registered type, or throws UnknownEventTypeError. */
  get(type: string): EventType;
  has(type: string): boolean;
  /** EventBridge `source` of a type (`forkcast.restaurants`, ...). */
  sourceOf(type: string): string;
  latestVersion(type: string): number;
  /** Validates envelope + data for its schemaVersion and upcasts it to the latest version. */
  parse(envelope: unknown): E;
  /** Validates an envelope about to be appended: it must already be at the latest version. */
  validateNew(envelope: EventEnvelope<string, unknown>): E;
}

/** Builds a catalog from event types; type names must be unique. */
export function createEventCatalog<const T extends readonly EventType[]>(types: T): EventCatalog<EnvelopeOfType<T[number]>> {
  type E = EnvelopeOfType<T[number]>;
  const byType = new Map<string, EventType>();
  for (const t of types) {
    if (byType.has(t.type)) throw new Error(`event type ${t.type} registered twice`);
    byType.set(t.type, t);
  }
  const get = (type: string): EventType => {
    const t = byType.get(type);
    if (!t) throw new UnknownEventTypeError(type);
    return t;
  };

  const parseData = (eventType: EventType, schemaVersion: number, data: unknown): unknown => {
    const schema = schemaOfVersion(eventType, schemaVersion);
    if (!schema) throw new UnknownEventTypeError(eventType.type, schemaVersion);
    const result = schema.safeParse(data);
    if (!result.success) throw new InvalidEventError(eventType.type, schemaVersion, result.error.issues);
    return result.data;
  };

  const parse = (input: unknown): E => {
    const envelope = eventEnvelopeSchema.safeParse(input);
    if (!envelope.success) {
      const raw = (input ?? {}) as { type?: unknown; schemaVersion?: unknown };
      throw new InvalidEventError(String(raw.type), Number(raw.schemaVersion), envelope.error.issues);
    }
    const eventType = get(envelope.data.type);
    let version = envelope.data.schemaVersion;
    let data = parseData(eventType, version, envelope.data.data);
    // Each step re-validates, so a buggy upcaster fails loudly instead of leaking bad data.
    while (version < eventType.latestVersion) {
      data = eventType.history[version - 1]!.upcast(data);
      version += 1;
      data = parseData(eventType, version, data);
    }
    // The one place a type is asserted: the data has just been validated against this type's schema.
    return { ...envelope.data, schemaVersion: version, data } as E;
  };

  return {
    types: [...byType.values()],
    get,
    has: (type) => byType.has(type),
    sourceOf: (type) => get(type).source,
    latestVersion: (type) => get(type).latestVersion,
    parse,
    validateNew(envelope) {
      const eventType = get(envelope.type);
      if (envelope.schemaVersion !== eventType.latestVersion) {
        throw new UnknownEventTypeError(envelope.type, envelope.schemaVersion);
      }
      return parse(envelope);
    },
  };
}
