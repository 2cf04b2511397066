/**
 * Time for the engine. Every wait (Wait states, retry intervals, task timeouts, heartbeats) is a
 * timer on this clock, never a real `setTimeout` of the engine's own, so a virtual clock can run an
 * execution of hours in microseconds and a scaled clock can run demos faster.
 */
export interface Clock {
  now(): number;
  /** Calls `fire` once the clock reaches `atMs`; returns a function that cancels the timer. */
  setTimer(atMs: number, fire: () => void): () => void;
}

/** Real time, optionally sped up: `speed` 10 makes a 60 s wait last 6 s. */
export class SystemClock implements Clock {
  private readonly origin = Date.now();
  constructor(private readonly speed = 1) {}
  now(): number {
    return this.origin + (Date.now() - this.origin) * this.speed;
  }
  setTimer(atMs: number, fire: () => void): () => void {
    const delay = Math.max(0, (atMs - this.now()) / this.speed);
    // Node timers overflow above 2^31-1 ms; re-arm in chunks for very long waits.
    const MAX = 2_147_483_647;
    let handle: NodeJS.Timeout;
    const arm = (ms: number) => {
      handle = setTimeout(() => {
        const left = (atMs - this.now()) / this.speed;
        if (left > 1) arm(Math.min(left, MAX));
        else fire();
      }, Math.min(ms, MAX));
    };
    arm(delay);
    return () => clearTimeout(handle);
  }
}
