/** The oldest delivery a subscription has accepted and not yet handed to its target. */
export interface UndeliveredEvent {
  subscriptionId: string;
  eventId: string;
  stream: string;
  version: number;
  ageMs: number;
  attempts: number;
}

export interface SubscriptionStatus {
  id: string;
  /** Accepted deliveries not yet delivered or dead-lettered (waiting, running or waiting for a retry). */
  backlog: number;
  retrying: number;
  deadLetters: number;
  oldest?: UndeliveredEvent;
}

export interface BusStatus {
  /** Whether accepted deliveries survive a crash (journals in the data dir) or live in memory. */
  durable: boolean;
  backlog: number;
  deadLetters: number;
  oldestUndelivered?: UndeliveredEvent;
  subscriptions: SubscriptionStatus[];
}

/** What the bus picked up from its journals on start: deliveries a crash or a stop left unfinished. */
export interface BusRecovery {
  resumed: number;
  bySubscription: Record<string, number>;
}
