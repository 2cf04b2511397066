/** A rule target's retry policy, as EventBridge's `RetryPolicy` of a target. */
export interface RetryPolicy {
  /** Retries after the first attempt (EventBridge: 0–185, default 185). */
  maximumRetryAttempts: number;
  /** How long an undelivered event is kept retrying (EventBridge: 60–86400 s, default 86400). */
  maximumEventAgeSeconds: number;
}

export const defaultRetryPolicy: RetryPolicy = { maximumRetryAttempts: 185, maximumEventAgeSeconds: 86_400 };

/** Delay in ms before retry number `retry` (1 = the first retry). */
export type Backoff = (retry: number) => number;

/**
 * EventBridge retries "with exponential back off and jitter" without publishing the constants; we
 * double from 1 s up to 5 min and pick uniformly in the upper half, so retries of many failed
 * events spread out instead of hammering a recovering target together.
 */
export function exponentialBackoff(options: { baseMs?: number; capMs?: number; random?: () => number } = {}): Backoff {
  const { baseMs = 1000, capMs = 300_000, random = Math.random } = options;
  return (retry) => {
    const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, retry - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
  };
}

export function resolveRetryPolicy(partial: Partial<RetryPolicy> | undefined): RetryPolicy {
  const policy: RetryPolicy = {
    maximumRetryAttempts: partial?.maximumRetryAttempts ?? defaultRetryPolicy.maximumRetryAttempts,
    maximumEventAgeSeconds: partial?.maximumEventAgeSeconds ?? defaultRetryPolicy.maximumEventAgeSeconds,
  };
  if (!Number.isInteger(policy.maximumRetryAttempts) || policy.maximumRetryAttempts < 0 || policy.maximumRetryAttempts > 185) {
    throw new RangeError(`maximumRetryAttempts must be an integer from 0 to 185, got ${policy.maximumRetryAttempts}`);
  }
  if (!(policy.maximumEventAgeSeconds > 0) || policy.maximumEventAgeSeconds > 86_400) {
    throw new RangeError(`maximumEventAgeSeconds must be more than 0 and at most 86400, got ${policy.maximumEventAgeSeconds}`);
  }
  return policy;
}
