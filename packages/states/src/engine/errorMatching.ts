import type { StatesError } from '../errors/statesError';

/**
 * Errors AWS documents as terminal: `States.ALL` (and `States.TaskFailed`) do not match them; an
 * explicit name in a Catch still does. One exception, recorded on AWS: a Task whose result is over
 * the payload limit fails as an ordinary task failure (`States.DataLimitExceeded` in TaskFailed),
 * and `States.ALL` does catch that (see KNOWN_DIFFERENCES.md).
 */
export function isTerminal(err: StatesError): boolean {
  if (err.error === 'States.Runtime') return true;
  return err.error === 'States.DataLimitExceeded' && !(err as { fromTask?: boolean }).fromTask;
}

export function errorMatches(errorEquals: readonly string[] | undefined, err: StatesError): boolean {
  if (!errorEquals) return false;
  for (const name of errorEquals) {
    if (name === err.error) return true;
    if (name === 'States.ALL' && !isTerminal(err)) return true;
    // A missed heartbeat is recorded as States.Timeout; Catch/Retry may still name it specifically.
    if (name === 'States.HeartbeatTimeout' && (err as { heartbeat?: boolean }).heartbeat) return true;
    // In a Task's Retry/Catch, States.TaskFailed matches any error of the task but States.Timeout.
    if (
      name === 'States.TaskFailed' &&
      (err as { fromTask?: boolean }).fromTask &&
      err.error !== 'States.Timeout' &&
      !isTerminal(err)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a retrier may retry `err`: AWS documents States.Runtime as not retriable at all, so
 * not even a retrier that names it retries it (a Catch that names it still catches it).
 */
export function retrierMatches(errorEquals: readonly string[] | undefined, err: StatesError): boolean {
  return err.error !== 'States.Runtime' && errorMatches(errorEquals, err);
}

/** The JSON a Catch hands on: `{Error, Cause}`. */
export function errorOutput(err: StatesError): { Error: string; Cause?: string } {
  return err.cause === undefined ? { Error: err.error } : { Error: err.error, Cause: err.cause };
}
