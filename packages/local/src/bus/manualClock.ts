import type { BusClock } from './busClock';

export interface ManualClock extends BusClock {
  /** Moves time forward, firing due timers in time order (and timers they schedule, if due). */
  advance(ms: number): void;
  /** Moves time to the next pending timer and fires it; false when none is pending. */
  next(): boolean;
  pendingTimers(): number;
}

/** A clock that only moves when told to, for tests of retries and event age. */
export function createManualClock(startMs = Date.parse('2026-01-01T00:00:00Z')): ManualClock {
  let now = startMs;
  let sequence = 0;
  const timers = new Map<number, { at: number; seq: number; callback: () => void }>();

  const earliest = () => {
    let first: [number, { at: number; seq: number; callback: () => void }] | undefined;
    for (const entry of timers) {
      if (!first || entry[1].at < first[1].at || (entry[1].at === first[1].at && entry[1].seq < first[1].seq)) first = entry;
    }
    return first;
  };
  const fire = (handle: number) => {
    const timer = timers.get(handle)!;
    timers.delete(handle);
    now = Math.max(now, timer.at);
    timer.callback();
  };

  return {
    now: () => now,
    setTimeout(callback, ms) {
      const handle = ++sequence;
      timers.set(handle, { at: now + Math.max(0, ms), seq: handle, callback });
      return handle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (let first = earliest(); first && first[1].at <= until; first = earliest()) fire(first[0]);
      now = until;
    },
    next() {
      const first = earliest();
      if (!first) return false;
      fire(first[0]);
      return true;
    },
    pendingTimers: () => timers.size,
  };
}
