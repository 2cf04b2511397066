import type { VirtualClock } from '@forkcast/states';

/**
 * For tests: moves a virtual clock a step at a time, letting real I/O (dynalite, files) answer in
 * between, until `done()` holds. VirtualClock.runUntil alone would give up while a Task awaits I/O.
 */
export async function driveUntil(clock: VirtualClock, done: () => boolean, options: { stepMs?: number; maxSteps?: number } = {}): Promise<void> {
  for (let step = 0; step < (options.maxSteps ?? 5_000); step++) {
    if (done()) return;
    await clock.advance(options.stepMs ?? 1_000);
    if (!done()) await new Promise((resolve) => setTimeout(resolve, 2));
  }
  if (!done()) throw new Error('driveUntil: the condition never held');
}
