import { eventCatalog, type Actor, type EventCatalog, type EventEnvelope, type ForkcastEnvelope, type NewEvent } from '@forkcast/events';
import type { Decider } from '../decider';
import type { EventStore } from '../eventStore/eventStore';
import { StaleVersionError, VersionConflictError } from './commandErrors';
import { foldState } from './foldState';
import { retryDelay } from './retryDelay';
import { stampEvent } from './stampEvent';

/** Arguments of handleCommand; the actor and ids come from the verified request, never its body. */
export interface HandleCommandInput<Command, Event extends NewEvent, State, E extends AnyEnvelope = ForkcastEnvelope> {
  store: EventStore<E>;
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
  catalog?: Pick<EventCatalog, 'latestVersion'>;
}

type AnyEnvelope = EventEnvelope<string, any>;

/** What a command did: answers 201/202 with `{id, stream, version}` and the ETag. */
export interface CommandResult<E extends AnyEnvelope = ForkcastEnvelope> {
  stream: string;
  /** The stream's version after the command (unchanged when it decided nothing). */
  version: number;
  /** The event this command appended (or appended earlier, for a repeated idempotency key). */
  event?: E;
}

/**
 * Load the stream, fold it, decide, append the event conditionally at the next version. A lost
 * race re-runs the whole cycle (jittered, bounded), then throws VersionConflictError. Errors:
 * DomainError (409, or 404 for DomainNotFoundError) from the decider, StaleVersionError (412).
 */
export async function handleCommand<Command, Event extends NewEvent, State, E extends AnyEnvelope = ForkcastEnvelope>(
  input: HandleCommandInput<Command, Event, State, E>,
): Promise<CommandResult<E>> {
  const { store, decider, stream } = input;
  const maxAttempts = input.maxAttempts ?? 12;
  for (let attempt = 0; ; attempt++) {
    const history = await store.readStream(stream);
    const version = history.at(-1)?.version ?? 0;

    if (input.idempotencyKey) {
      const earlier = history.findLast((e) => e.meta.idempotencyKey === input.idempotencyKey);
      if (earlier) return { stream, version: earlier.version, event: earlier };
    }
    if (input.expectedVersion !== undefined && input.expectedVersion !== version) {
      throw new StaleVersionError(stream, input.expectedVersion, version);
    }

    const decided = decider.decide(input.command, foldState(decider, stream, history));
    if (!decided) return { stream, version };

    const envelope = stampEvent(decided, {
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
      return { stream, version: envelope.version, event: await store.append(envelope) };
    } catch (err) {
      if (!(err instanceof VersionConflictError) || attempt + 1 >= maxAttempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt)));
    }
  }
}
