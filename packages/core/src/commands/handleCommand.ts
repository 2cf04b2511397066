import { eventCatalog, type Actor, type EventCatalog, type EventEnvelope, type NewEvent } from '@forkcast/events';
import type { Decider } from '../decider';
import type { EventStore } from '../eventStore/eventStore';
import { StaleVersionError, StreamNotFoundError, VersionConflictError } from './commandErrors';
import { retryDelay } from './retryDelay';
import { stampEvents } from './stampEvents';

/** Arguments of handleCommand; the actor and ids come from the verified request, never its body. */
export interface HandleCommandInput<Command, Event extends NewEvent, State> {
  store: EventStore;
  decider: Decider<Command, Event, State>;
  stream: string;
  command: Command;
  /** From the verified token, never from the request body. */
  actor: Actor;
  correlationId: string;
  causationId?: string;
  /** The client's If-Match version: the command applies only if the stream is still at it. */
  expectedVersion?: number;
  /** A retried request with the same key returns the first result instead of deciding again. */
  idempotencyKey?: string;
  clock?: () => Date;
  /** Load-decide-append attempts on version conflicts; default 12. */
  maxAttempts?: number;
  /** Supplies the latest schemaVersion of each emitted type; default the Forkcast catalog. */
  catalog?: EventCatalog;
}

/** What a command did: answers 201/202 with `{id, stream, version}` and the ETag. */
export interface CommandResult {
  stream: string;
  /** The stream's version after the command (unchanged when it decided nothing). */
  version: number;
  /** The events this command appended (or appended earlier, for a repeated idempotency key). */
  events: EventEnvelope[];
}

/**
 * Load the stream, fold it, decide, append each event conditionally at the next version. A lost
 * race re-runs the whole cycle (jittered, bounded), then throws VersionConflictError. Errors:
 * DomainError (409), StaleVersionError (412), StreamNotFoundError (404) from the decider.
 */
export async function handleCommand<Command, Event extends NewEvent, State>(
  input: HandleCommandInput<Command, Event, State>,
): Promise<CommandResult> {
  const { store, decider, stream } = input;
  const maxAttempts = input.maxAttempts ?? 12;
  for (let attempt = 0; ; attempt++) {
    const history = await store.readStream(stream);
    const version = history.at(-1)?.version ?? 0;

    if (input.idempotencyKey) {
      const earlier = history.filter((e) => e.meta.idempotencyKey === input.idempotencyKey);
      if (earlier.length > 0) return { stream, version: earlier.at(-1)!.version, events: earlier };
    }
    if (input.expectedVersion !== undefined && input.expectedVersion !== version) {
      throw new StaleVersionError(stream, input.expectedVersion, version);
    }

    const state = history.reduce((s, e) => decider.evolve(s, e as unknown as Event), decider.initialState());
    const decided = decide(decider, input.command, state, stream);
    if (decided.length === 0) return { stream, version, events: [] };

    const envelopes = stampEvents(decided, {
      stream,
      currentVersion: version,
      actor: input.actor,
      correlationId: input.correlationId,
      causationId: input.causationId,
      idempotencyKey: input.idempotencyKey,
      now: (input.clock ?? (() => new Date()))(),
      catalog: input.catalog ?? eventCatalog,
    });
    try {
      await appendAll(store, envelopes);
      return { stream, version: envelopes.at(-1)!.version, events: envelopes };
    } catch (err) {
      if (!(err instanceof RetryableConflict) || attempt + 1 >= maxAttempts) throw unwrap(err);
      await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt)));
    }
  }
}

function decide<Command, Event extends NewEvent, State>(
  decider: Decider<Command, Event, State>, command: Command, state: State, stream: string,
): Event[] {
  try {
    return decider.decide(command, state);
  } catch (err) {
    // Deciders don't know their stream id; name it here so the 404 says which one.
    if (err instanceof StreamNotFoundError && err.stream !== stream) throw new StreamNotFoundError(stream);
    throw err;
  }
}

class RetryableConflict extends Error {
  constructor(readonly conflict: VersionConflictError) {
    super(conflict.message);
  }
}

function unwrap(err: unknown): unknown {
  return err instanceof RetryableConflict ? err.conflict : err;
}

/**
 * Appends in order. Only a conflict on the first event is retryable: once one event of the
 * command is in, re-deciding could apply the command twice, so a later conflict is reported.
 */
async function appendAll(store: EventStore, envelopes: EventEnvelope[]): Promise<void> {
  for (const [i, envelope] of envelopes.entries()) {
    try {
      await store.append(envelope);
    } catch (err) {
      if (err instanceof VersionConflictError && i === 0) throw new RetryableConflict(err);
      throw err;
    }
  }
}
