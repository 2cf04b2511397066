import type { Bus } from './bus';
import type { BusSubscription } from './busSubscription';
import type { BusRecovery, BusStatus } from './busStatus';
import type { DeadLetter } from './deadLetter';

export interface RedriveResult {
  subscriptionId: string;
  /** Entries delivered and removed from the dead-letter queue. */
  delivered: DeadLetter[];
  /** Entries that failed again; they stay in the queue with this new error and attempt count. */
  failed: DeadLetter[];
  /** Requested ids that are not in the queue. */
  notFound: string[];
}

/** The local `forkcast` bus: EventBridge delivery semantics, with per-subscription dead-letter queues. */
export interface LocalBus extends Bus {
  readonly subscriptions: readonly BusSubscription[];
  dlq: {
    list(subscriptionId?: string): Promise<DeadLetter[]>;
  };
  /**
   * Delivers dead letters of a subscription once each (all, or those whose EventBridge or envelope
   * id is in `ids`). Throws UnknownSubscriptionError for an id not in the table.
   */
  redrive(subscriptionId: string, options?: { ids?: readonly string[] }): Promise<RedriveResult>;
  /**
   * Opens the delivery journals and restarts what they hold (once; the first publish does it too).
   * Call it when the targets can run (the environment is set), before the feed publishes.
   */
  resume(): Promise<BusRecovery>;
  /** Backlog, retries, dead letters and the oldest undelivered event, per subscription. */
  status(): Promise<BusStatus>;
  /**
   * Stops accepting events, finishes deliveries already under way and moves every event still
   * waiting for a retry to its dead-letter queue (in memory) or leaves it in its journal for the
   * next start (durable), so a restart loses nothing.
   */
  stop(): Promise<void>;
}

export class UnknownSubscriptionError extends Error {
  override name = 'UnknownSubscriptionError';
  constructor(public readonly subscriptionId: string, known: readonly string[]) {
    super(`no subscription ${subscriptionId} (known: ${known.join(', ') || 'none'})`);
  }
}
