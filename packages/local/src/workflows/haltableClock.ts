import type { Clock } from '@forkcast/states';

export interface HaltableClock extends Clock {
  /** Cancels every pending timer and ignores new ones: executions freeze where they are. */
  halt(): void;
}

/**
 * Stopping the host must leave executions as a crash would (their history ends where they were, so
 * the next start resumes them), not abort them: StopExecution would record ExecutionAborted. Every
 * wait, retry interval and timeout runs on a timer of this clock, so halting it freezes them all.
 */
export function haltableClock(base: Clock): HaltableClock {
  const pending = new Set<() => void>();
  let halted = false;
  return {
    now: () => base.now(),
    setTimer(atMs, fire) {
      if (halted) return () => undefined;
      const cancel = base.setTimer(atMs, () => {
        pending.delete(cancel);
        if (!halted) fire();
      });
      pending.add(cancel);
      return () => {
        pending.delete(cancel);
        cancel();
      };
    },
    halt() {
      halted = true;
      for (const cancel of pending) cancel();
      pending.clear();
    },
  };
}
