import type { EventBridgeEvent } from '@forkcast/events';

export interface DeliveryError {
  name: string;
  message: string;
}

/** An event a subscription's target could not take, kept with why, for `forkcast redrive`. */
export interface DeadLetter {
  subscriptionId: string;
  target: string;
  /** The EventBridge event exactly as the target received it. */
  event: EventBridgeEvent;
  error: DeliveryError;
  attempts: number;
  firstAttemptAt: string;
  lastAttemptAt: string;
}

/** One dead-letter queue per subscription, as each EventBridge rule target has its own SQS DLQ. */
export interface DeadLetterStore {
  add(entry: DeadLetter): Promise<void>;
  /** Entries of one subscription, or of all, oldest first. */
  list(subscriptionId?: string): Promise<DeadLetter[]>;
  /**
   * Removes the entries whose event id is in `remove` and overwrites those in `replace` (same event
   * id), in one step, without losing entries added meanwhile.
   */
  settle(subscriptionId: string, changes: { remove: readonly string[]; replace: readonly DeadLetter[] }): Promise<void>;
}

export function deliveryError(thrown: unknown): DeliveryError {
  if (thrown instanceof Error) return { name: thrown.name, message: thrown.message };
  return { name: 'Error', message: typeof thrown === 'string' ? thrown : JSON.stringify(thrown) ?? String(thrown) };
}

/** `--id` accepts the EventBridge event id or the envelope's (ULID) id. */
export function deadLetterHasId(entry: DeadLetter, id: string): boolean {
  return entry.event.id === id || entry.event.detail.id === id;
}
