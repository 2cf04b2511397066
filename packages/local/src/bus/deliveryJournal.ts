import type { DeliveryError } from './deadLetter';

/** An accepted delivery the target has not yet taken (nor its dead-letter queue). */
export interface JournalEntry {
  seq: number;
  /** The EventBridge event as JSON, as the target will receive it. */
  payload: string;
  receivedAt: number;
  attempts: number;
  firstAttemptAt?: number;
  lastAttemptAt?: number;
  lastError?: DeliveryError;
  /** When the next retry is due (ms since the epoch); absent: at once. */
  dueAt?: number;
}

export type RetryState = Pick<JournalEntry, 'attempts' | 'firstAttemptAt' | 'lastAttemptAt' | 'lastError' | 'dueAt'>;

/**
 * One subscription's queue of accepted deliveries, kept so that a crash loses none: `accept`
 * resolves once the entry is on disk, and an entry stays until `settle` (delivered or
 * dead-lettered). On open, what was accepted and never settled comes back as `recovered`.
 */
export interface DeliveryJournal {
  open(): Promise<JournalEntry[]>;
  /** Numbers the entry at once (so a later `settle` can never overtake it) and resolves when it is durable. */
  accept(payload: string, receivedAt: number): { seq: number; durable: Promise<void> };
  /** Records a failed attempt; not flushed on its own, as losing it only costs a retry's count. */
  retrying(seq: number, state: RetryState): void;
  settle(seq: number): void;
  close(): Promise<void>;
}
