import { describe, expect, it } from 'vitest';
import { ScaledClock } from './scaledClock';

describe('ScaledClock', () => {
  it('starts no earlier than the latest recorded time and runs sped up', async () => {
    const ahead = Date.now() + 3_600_000;
    const clock = new ScaledClock(1_000, ahead);
    expect(clock.now()).toBeGreaterThanOrEqual(ahead);
    const setAt = clock.now();
    // 5 s of clock time is 5 ms of real time at 1000x.
    const firedAt = await new Promise<number>((resolve) => clock.setTimer(setAt + 5_000, () => resolve(clock.now())));
    expect(firedAt).toBeGreaterThanOrEqual(setAt + 5_000);
  });

  it('never fires a cancelled timer', async () => {
    const clock = new ScaledClock(1_000);
    let fired = false;
    const cancel = clock.setTimer(clock.now() + 2_000, () => (fired = true));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).toBe(false);
    expect(() => new ScaledClock(0)).toThrow(/positive/);
  });
});
