import type { Bus } from './bus';
import type { BusSubscription } from './busSubscription';
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
   * Stops accepting events, finishes deliveries already under way and moves every event still
   * waiting for a retry to its dead-letter queue, so a restart loses nothing.
   */
  stop(): Promise<void>;
}

export class UnknownSubscriptionError extends Error {
  override name = 'UnknownSubscriptionError';
  constructor(public readonly subscriptionId: string, known: readonly string[]) {
    super(`no subscription ${subscriptionId} (known: ${known.join(', ') || 'none'})`);
  }
}
