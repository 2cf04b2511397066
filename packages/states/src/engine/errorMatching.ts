import type { StatesError } from '../errors/statesError';

/** Errors AWS reports as terminal: `States.ALL` does not match them (an explicit name still does). */
const TERMINAL = new Set(['States.Runtime', 'States.DataLimitExceeded']);

export function errorMatches(errorEquals: readonly string[] | undefined, err: StatesError): boolean {
  if (!errorEquals) return false;
  for (const name of errorEquals) {
    if (name === err.error) return true;
    if (name === 'States.ALL' && !TERMINAL.has(err.error)) return true;
    // A missed heartbeat is recorded as States.Timeout; Catch/Retry may still name it specifically.
    if (name === 'States.HeartbeatTimeout' && (err as { heartbeat?: boolean }).heartbeat) return true;
    // In a Task's Retry/Catch, States.TaskFailed matches any error of the task but States.Timeout.
    if (
      name === 'States.TaskFailed' &&
      (err as { fromTask?: boolean }).fromTask &&
      err.error !== 'States.Timeout' &&
      !TERMINAL.has(err.error)
    ) {
      return true;
    }
  }
  return false;
}

/** The JSON a Catch hands on: `{Error, Cause}`. */
export function errorOutput(err: StatesError): { Error: string; Cause?: string } {
  return err.cause === undefined ? { Error: err.error } : { Error: err.error, Cause: err.cause };
}
