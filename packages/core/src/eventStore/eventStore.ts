import type { EventEnvelope, ForkcastEnvelope } from '@forkcast/events';

export interface ReadStreamOptions {
  /** First version to return (inclusive); default 1. */
  fromVersion?: number;
  /** Last version to return (inclusive). */
  toVersion?: number;
}

export interface ReadByDayOptions {
  /** Return events with id strictly greater than this ULID (a checkpoint). */
  afterId?: string;
  limit?: number;
}

export interface ReadByDayPage<E extends EventEnvelope<string, any> = ForkcastEnvelope> {
  events: E[];
  /** Pass back as afterId to continue; undefined when the day is exhausted for now. */
  lastId?: string;
}

/**
 * The event log port. The DynamoDB adapter appends with a conditional PutItem
 * (`attribute_not_exists(version)`), so two writers can never take the same version.
 */
export interface EventStore<E extends EventEnvelope<string, any> = ForkcastEnvelope> {
  /** All events of a stream in version order (paged, consistent read), upcast to their latest schemaVersion. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<E[]>;
  /**
   * Append one event at exactly `event.version` (= expected version + 1) and return it as
   * validated. Throws VersionConflictError when that version is taken.
   */
  append(event: EventEnvelope<string, unknown>): Promise<E>;
  /** Events of one UTC day (yyyy-mm-dd, from the ULID time) in id order, via the byDay GSI. */
  readByDay(day: string, options?: ReadByDayOptions): Promise<ReadByDayPage<E>>;
}
