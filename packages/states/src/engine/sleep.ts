import { Aborted } from './aborted';
import type { Clock } from './clock';

/** Resolves when `clock` reaches `atMs`; rejects with Aborted if `signal` fires first. */
export function sleepUntil(clock: Clock, atMs: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new Aborted());
  if (atMs <= clock.now()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      cancel();
      reject(new Aborted());
    };
    const cancel = clock.setTimer(atMs, () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
