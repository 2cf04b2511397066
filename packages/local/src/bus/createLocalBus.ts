import { PatternSet, toEventBridgeEvent, type EventBridgeEvent, type EventEnvelope } from '@forkcast/events';
import { systemClock, type BusClock } from './busClock';
import type { BusSubscription, EventBridgeTargetHandler, StartWorkflow } from './busSubscription';
import type { BusRecovery, BusStatus, SubscriptionStatus, UndeliveredEvent } from './busStatus';
import { deadLetterHasId, deliveryError, type DeadLetter, type DeadLetterStore } from './deadLetter';
import type { DeliveryJournal, JournalEntry } from './deliveryJournal';
import { fileDeadLetterStore } from './fileDeadLetterStore';
import { deliveryJournalPath, fileDeliveryJournal } from './fileDeliveryJournal';
import { createLambdaContext } from '../gateway/createLambdaContext';
import { UnknownSubscriptionError, type LocalBus, type RedriveResult } from './localBus';
import { memoryDeadLetterStore } from './memoryDeadLetterStore';
import { memoryDeliveryJournal } from './memoryDeliveryJournal';
import { exponentialBackoff, resolveRetryPolicy, type Backoff, type RetryPolicy } from './retryPolicy';

export interface LocalBusOptions {
  subscriptions: readonly BusSubscription[];
  /** Dead letters persist under `<dataDir>/dlq/`; in memory when absent. */
  dataDir?: string;
  clock?: BusClock;
  /** Overrides every subscription's own retry policy (tests, demos). */
  retry?: Partial<RetryPolicy>;
  /** Delay before each retry; EventBridge-like exponential backoff with jitter by default. */
  backoff?: Backoff;
  /** Deliveries under way at once per subscription, like a target's concurrency. Default 4. */
  concurrency?: number;
  account?: string;
  region?: string;
  /** Runs workflow targets; required when the table has any. */
  startWorkflow?: StartWorkflow;
  /** Replaces the dead-letter store chosen from `dataDir`. */
  deadLetters?: DeadLetterStore;
  /** Told about each event moved to a dead-letter queue (the runtime logs it). */
  onDeadLetter?: (entry: DeadLetter) => void;
  /**
   * Where accepted deliveries wait: `journal` (default with a dataDir) keeps them in
   * `<dataDir>/deliveries/`, fsync'd before publish resolves, so a crash loses none; `memory`
   * (default without one) is the baseline the delivery bench compares against.
   */
  queue?: 'journal' | 'memory';
  /** Replaces the journal chosen from `queue` (tests). */
  journalOf?: (subscriptionId: string) => DeliveryJournal;
}

/** A journal entry being worked on (its payload is the event as JSON: each attempt parses a fresh copy, as a Lambda gets its own). */
interface Delivery extends Omit<JournalEntry, 'dueAt'> {
  subscription: BusSubscription;
  eventId: string;
  stream: string;
  version: number;
  /** Resolves when its journal entry is on disk; absent for deliveries read back from the journal. */
  durable?: Promise<void>;
  /** Its journal write failed: a republish of the event writes it again. */
  unjournaled?: boolean;
}

interface Lane {
  ready: Delivery[];
  running: number;
  retrying: Map<Delivery, unknown>;
  policy: RetryPolicy;
  journal: DeliveryJournal;
  /** Accepted and not yet settled, by envelope id, oldest first (a Map keeps insertion order). */
  pending: Map<string, Delivery>;
}

/**
 * The local `forkcast` bus. Like EventBridge, `publish` only accepts the event; every matching
 * target then gets it asynchronously, at least once: a failure is retried with backoff until the
 * retry policy gives up, then the event goes to that subscription's dead-letter queue. Each
 * subscription has its own lane, and a failed event waits for its retry off the lane, so a poison
 * event holds up neither other events nor other subscriptions.
 */
export function createLocalBus(options: LocalBusOptions): LocalBus {
  const clock = options.clock ?? systemClock;
  const backoff = options.backoff ?? exponentialBackoff();
  const concurrency = options.concurrency ?? 4;
  const account = options.account ?? '000000000000';
  const region = options.region ?? 'us-east-1';
  const store = options.deadLetters ?? (options.dataDir ? fileDeadLetterStore(options.dataDir) : memoryDeadLetterStore());
  const subscriptions = [...options.subscriptions];
  const durable = (options.queue ?? (options.dataDir ? 'journal' : 'memory')) === 'journal';
  if (durable && !options.dataDir && !options.journalOf) throw new Error('a journal queue needs a dataDir');
  const journalOf =
    options.journalOf ?? ((id: string) => (durable ? fileDeliveryJournal(deliveryJournalPath(options.dataDir!, id)) : memoryDeliveryJournal()));

  const ids = new Set<string>();
  for (const s of subscriptions) {
    if (ids.has(s.id)) throw new Error(`subscription ${s.id} declared twice`);
    ids.add(s.id);
    if (s.target.kind === 'workflow' && !options.startWorkflow) {
      throw new Error(`subscription ${s.id} targets workflow ${s.target.name} but the bus has no startWorkflow`);
    }
  }
  const retryPolicyOf = (s: BusSubscription) =>
    resolveRetryPolicy({
      maximumRetryAttempts: options.retry?.maximumRetryAttempts ?? s.retry?.maximumRetryAttempts,
      maximumEventAgeSeconds: options.retry?.maximumEventAgeSeconds ?? s.retry?.maximumEventAgeSeconds,
    });
  // Compiled once; PatternSet flattens each event once for all subscriptions. Throws PatternError
  // on a pattern EventBridge would refuse, so a bad table fails at start, not on some later event.
  const routes = new PatternSet<BusSubscription>();
  for (const s of subscriptions) routes.add(s, s.pattern);
  const lanes = new Map(
    subscriptions.map((s): [string, Lane] => [
      s.id,
      { ready: [], running: 0, retrying: new Map(), policy: retryPolicyOf(s), journal: journalOf(s.id), pending: new Map() },
    ]),
  );
  const handlers = new Map<string, Promise<EventBridgeTargetHandler>>();

  let outstanding = 0;
  let idle: (() => void)[] = [];
  let stopping = false;
  let stopped: Promise<void> | undefined;

  /** A delivery is finished with (delivered, dead-lettered, or parked in its journal by stop). */
  const settled = (delivery?: Delivery, lane?: Lane) => {
    if (delivery && lane) {
      lane.journal.settle(delivery.seq);
      if (lane.pending.get(delivery.eventId) === delivery) lane.pending.delete(delivery.eventId);
    }
    outstanding -= 1;
    if (outstanding === 0) {
      const waiting = idle;
      idle = [];
      for (const resolve of waiting) resolve();
    }
  };

  const handlerOf = (subscription: BusSubscription): Promise<EventBridgeTargetHandler> => {
    const target = subscription.target;
    if (!('load' in target)) throw new Error(`target ${target.name} has no handler`);
    let loading = handlers.get(subscription.id);
    if (!loading) {
      loading = target.load();
      // A failed import is retried on the next attempt, as a Lambda cold start would be.
      loading.catch(() => handlers.delete(subscription.id));
      handlers.set(subscription.id, loading);
    }
    return loading;
  };

  const invoke = async (subscription: BusSubscription, payload: string): Promise<void> => {
    const event = JSON.parse(payload) as EventBridgeEvent;
    const target = subscription.target;
    if (target.kind === 'workflow' && !('load' in target)) {
      await options.startWorkflow!(target, event);
      return;
    }
    const handler = await handlerOf(subscription);
    // Named like the runtime's other local functions; the deadline is informative, as locally nothing enforces it.
    await handler(event, createLambdaContext({ functionName: `forkcast-local-${target.name}`, region, accountId: account, timeoutMs: 60_000 }));
  };

  const deadLetterOf = (delivery: Delivery): DeadLetter => {
    const now = clock.now();
    return {
      subscriptionId: delivery.subscription.id,
      target: delivery.subscription.target.name,
      event: JSON.parse(delivery.payload) as EventBridgeEvent,
      error: delivery.lastError ?? { name: 'BusStopped', message: 'the local bus stopped before the first attempt' },
      attempts: delivery.attempts,
      firstAttemptAt: new Date(delivery.firstAttemptAt ?? now).toISOString(),
      lastAttemptAt: new Date(delivery.lastAttemptAt ?? now).toISOString(),
    };
  };

  const deadLetter = async (lane: Lane, delivery: Delivery): Promise<void> => {
    const entry = deadLetterOf(delivery);
    try {
      await store.add(entry);
      options.onDeadLetter?.(entry);
      settled(delivery, lane);
    } catch (error) {
      // Nowhere left to put it: say so loudly rather than drop it silently (a journal keeps it for the next start).
      console.error(`[bus] could not dead-letter event ${entry.event.id} of ${entry.subscriptionId}:`, error, JSON.stringify(entry));
      settled();
    }
  };

  const retryOrDeadLetter = (lane: Lane, delivery: Delivery): Promise<void> | void => {
    const retry = delivery.attempts; // the retry this would be: attempts so far = 1 + retries so far
    const delay = backoff(retry);
    const tooOld = clock.now() + delay - delivery.receivedAt > lane.policy.maximumEventAgeSeconds * 1000;
    if (retry > lane.policy.maximumRetryAttempts || tooOld || (stopping && !durable)) return deadLetter(lane, delivery);
    if (stopping) return settled(); // left in the journal: the next start retries it
    const { attempts, firstAttemptAt, lastAttemptAt, lastError } = delivery;
    lane.journal.retrying(delivery.seq, { attempts, firstAttemptAt, lastAttemptAt, lastError, dueAt: clock.now() + delay });
    schedule(lane, delivery, delay);
  };

  const schedule = (lane: Lane, delivery: Delivery, delay: number) => {
    const timer = clock.setTimeout(() => {
      lane.retrying.delete(delivery);
      lane.ready.push(delivery);
      pump(lane);
    }, delay);
    lane.retrying.set(delivery, timer);
  };

  const attempt = async (lane: Lane, delivery: Delivery): Promise<void> => {
    const now = clock.now();
    delivery.attempts += 1;
    delivery.firstAttemptAt ??= now;
    delivery.lastAttemptAt = now;
    try {
      await invoke(delivery.subscription, delivery.payload);
    } catch (error) {
      delivery.lastError = deliveryError(error);
      await retryOrDeadLetter(lane, delivery);
      return;
    }
    settled(delivery, lane);
  };

  const pump = (lane: Lane) => {
    while (lane.running < concurrency && lane.ready.length > 0) {
      const delivery = lane.ready.shift()!;
      lane.running += 1;
      void attempt(lane, delivery).finally(() => {
        lane.running -= 1;
        pump(lane);
      });
    }
  };

  /** Takes a delivery into a lane; false when that lane already holds the same event unsettled. */
  const enqueue = (lane: Lane, delivery: Delivery, delay = 0): boolean => {
    if (lane.pending.has(delivery.eventId)) return false;
    lane.pending.set(delivery.eventId, delivery);
    outstanding += 1;
    if (delay > 0) schedule(lane, delivery, delay);
    else lane.ready.push(delivery);
    return true;
  };

  const recover = async (): Promise<BusRecovery> => {
    const recovery: BusRecovery = { resumed: 0, bySubscription: {} };
    const now = clock.now();
    await Promise.all(
      subscriptions.map(async (subscription) => {
        const lane = lanes.get(subscription.id)!;
        const entries = await lane.journal.open();
        let resumed = 0;
        for (const entry of entries) {
          const delivery = fromJournal(subscription, entry);
          if (enqueue(lane, delivery, Math.max(0, (entry.dueAt ?? now) - now))) resumed++;
          else lane.journal.settle(entry.seq);
        }
        if (resumed > 0) recovery.bySubscription[subscription.id] = resumed;
        recovery.resumed += resumed;
        pump(lane);
      }),
    );
    return recovery;
  };
  let resumed: Promise<BusRecovery> | undefined;
  const resume = () => (resumed ??= recover());

  const status = async (): Promise<BusStatus> => {
    const now = clock.now();
    const letters = await store.list();
    const perSubscription = subscriptions.map((s): SubscriptionStatus => {
      const lane = lanes.get(s.id)!;
      const first = lane.pending.values().next().value as Delivery | undefined;
      const oldest: UndeliveredEvent | undefined = first && {
        subscriptionId: s.id, eventId: first.eventId, stream: first.stream, version: first.version, ageMs: now - first.receivedAt, attempts: first.attempts,
      };
      return { id: s.id, backlog: lane.pending.size, retrying: lane.retrying.size, deadLetters: letters.filter((e) => e.subscriptionId === s.id).length, oldest };
    });
    const oldestUndelivered = perSubscription
      .map((s) => s.oldest)
      .filter((o): o is UndeliveredEvent => o !== undefined)
      .sort((a, b) => b.ageMs - a.ageMs)[0];
    return {
      durable,
      backlog: perSubscription.reduce((n, s) => n + s.backlog, 0),
      deadLetters: letters.length,
      oldestUndelivered,
      subscriptions: perSubscription,
    };
  };

  const drain = () => (outstanding === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve)));

  const redrive = async (subscriptionId: string, redriveOptions: { ids?: readonly string[] } = {}): Promise<RedriveResult> => {
    const subscription = subscriptions.find((s) => s.id === subscriptionId);
    if (!subscription) throw new UnknownSubscriptionError(subscriptionId, subscriptions.map((s) => s.id));
    const wanted = redriveOptions.ids;
    const entries = (await store.list(subscriptionId)).filter((e) => !wanted || wanted.some((id) => deadLetterHasId(e, id)));
    const result: RedriveResult = {
      subscriptionId,
      delivered: [],
      failed: [],
      notFound: (wanted ?? []).filter((id) => !entries.some((e) => deadLetterHasId(e, id))),
    };
    // One at a time: a redrive usually follows a fix, and a still-broken target should fail fast, not in a burst.
    for (const entry of entries) {
      const attemptedAt = new Date(clock.now()).toISOString();
      try {
        await invoke(subscription, JSON.stringify(entry.event));
        result.delivered.push(entry);
      } catch (error) {
        result.failed.push({ ...entry, error: deliveryError(error), attempts: entry.attempts + 1, lastAttemptAt: attemptedAt });
      }
    }
    await store.settle(subscriptionId, { remove: result.delivered.map((e) => e.event.id), replace: result.failed });
    return result;
  };

  return {
    subscriptions,

    async publish(envelope: EventEnvelope) {
      if (stopping) throw new Error('the local bus is stopped');
      await resume();
      if (stopping) throw new Error('the local bus is stopped');
      const event = toEventBridgeEvent(envelope, { account, region });
      const matching = routes.matchAll(event);
      if (matching.length === 0) return;
      const payload = JSON.stringify(event);
      const receivedAt = clock.now();
      const durableAll: Promise<void>[] = [];
      const journal = (lane: Lane, delivery: Delivery) => {
        const { seq, durable: written } = lane.journal.accept(delivery.payload, delivery.receivedAt);
        delivery.seq = seq;
        delivery.unjournaled = false;
        delivery.durable = written.catch((error: unknown) => {
          delivery.unjournaled = true;
          throw error;
        });
        durableAll.push(delivery.durable);
      };
      for (const subscription of matching) {
        const lane = lanes.get(subscription.id)!;
        const waiting = lane.pending.get(envelope.id);
        if (waiting) {
          // Already waiting there (republished after a restart, or after a failed journal write).
          if (waiting.unjournaled) journal(lane, waiting);
          else if (waiting.durable) durableAll.push(waiting.durable);
          continue;
        }
        const delivery: Delivery = { subscription, seq: 0, eventId: envelope.id, stream: envelope.stream, version: envelope.version, payload, receivedAt, attempts: 0 };
        journal(lane, delivery);
        enqueue(lane, delivery);
      }
      // Targets run on a later turn, never inside the publisher's call, as with PutEvents. They may
      // start before the journal is flushed: the accept line is written before any settle line.
      setImmediate(() => {
        for (const subscription of matching) pump(lanes.get(subscription.id)!);
      });
      // Resolving means accepted: the feed moves its checkpoint past the event only after this.
      await Promise.all(durableAll);
    },

    resume,

    status,

    drain,

    dlq: { list: (subscriptionId) => store.list(subscriptionId) },

    redrive,

    stop() {
      stopped ??= (async () => {
        stopping = true;
        const parked: Promise<void>[] = [];
        for (const lane of lanes.values()) {
          for (const [delivery, timer] of lane.retrying) {
            clock.clearTimeout(timer);
            // Durable: the retry stays in the journal, due when it was, for the next start.
            if (durable) settled();
            else parked.push(deadLetter(lane, delivery));
          }
          lane.retrying.clear();
        }
        await Promise.all(parked);
        await drain();
        await Promise.all([...lanes.values()].map((lane) => lane.journal.close()));
      })();
      return stopped;
    },
  };
}

function fromJournal(subscription: BusSubscription, entry: JournalEntry): Delivery {
  const detail = (JSON.parse(entry.payload) as EventBridgeEvent).detail;
  return {
    subscription,
    seq: entry.seq,
    eventId: detail.id,
    stream: detail.stream,
    version: detail.version,
    payload: entry.payload,
    receivedAt: entry.receivedAt,
    attempts: entry.attempts,
    firstAttemptAt: entry.firstAttemptAt,
    lastAttemptAt: entry.lastAttemptAt,
    lastError: entry.lastError,
  };
}
