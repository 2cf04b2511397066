import type { Clock } from '@forkcast/states';

/** Node timers overflow above 2^31-1 ms. */
const maxTimerMs = 2_147_483_647;

/**
 * Real time sped up by `speed`, starting no earlier than `notBefore`. A sped-up run leaves history
 * timestamps ahead of the wall clock; starting there after a restart keeps each execution's history
 * in time order and its pending waits as long as they were meant to be.
 */
export class ScaledClock implements Clock {
  private readonly realOrigin = Date.now();
  private readonly origin: number;

  constructor(private readonly speed = 1, notBefore = 0) {
    if (!(speed > 0)) throw new Error(`clock speed must be positive, got ${speed}`);
    this.origin = Math.max(this.realOrigin, notBefore);
  }

  now(): number {
    return this.origin + (Date.now() - this.realOrigin) * this.speed;
  }

  setTimer(atMs: number, fire: () => void): () => void {
    let handle: NodeJS.Timeout;
    const arm = () => {
      const left = (atMs - this.now()) / this.speed;
      if (left <= 0) return void (handle = setTimeout(fire, 0));
      handle = setTimeout(arm, Math.min(Math.ceil(left), maxTimerMs));
    };
    arm();
    return () => clearTimeout(handle);
  }
}
