import type { Clock } from './clock';

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
}

/**
 * A clock that only moves when told to. `runUntilIdle` lets pending promise work settle, then jumps
 * to the next timer, so an execution that sleeps for days finishes at CPU speed.
 */
export class VirtualClock implements Clock {
  private timers: Timer[] = [];
  private seq = 0;
  constructor(private current = Date.UTC(2024, 0, 1)) {}

  now(): number {
    return this.current;
  }

  setTimer(atMs: number, fire: () => void): () => void {
    const timer = { at: atMs, seq: this.seq++, fire };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, firing every timer due on the way in order. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await settle();
      const next = this.earliest();
      if (!next || next.at > target) break;
      this.fireTimer(next);
    }
    this.current = Math.max(this.current, target);
    await settle();
  }

  /** Runs until `done()` holds or no timer is left; returns whether `done()` held. */
  async runUntil(done: () => boolean, maxTimers = 1_000_000): Promise<boolean> {
    for (let fired = 0; fired < maxTimers; fired++) {
      await settle();
      if (done()) return true;
      const next = this.earliest();
      if (!next) return done();
      this.fireTimer(next);
    }
    return done();
  }

  private earliest(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers) if (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    return best;
  }

  private fireTimer(t: Timer): void {
    this.timers = this.timers.filter((x) => x !== t);
    this.current = Math.max(this.current, t.at);
    t.fire();
  }
}

/** Lets every queued promise continuation run (several macrotask turns, as chains can be long). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
}
