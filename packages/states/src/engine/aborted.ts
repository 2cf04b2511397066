/** Thrown into a thread whose execution or enclosing Parallel/Map stopped it; never caught by Catch. */
export class Aborted extends Error {
  override name = 'Aborted';
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new Aborted();
}

/** Settles with `p`, or rejects with `Aborted` as soon as `signal` fires. */
export function abortable<T>(p: Promise<T>, signal: AbortSignal, onAbort?: () => void): Promise<T> {
  if (signal.aborted) {
    onAbort?.();
    return Promise.reject(new Aborted());
  }
  return new Promise<T>((resolve, reject) => {
    const listener = () => {
      onAbort?.();
      reject(new Aborted());
    };
    signal.addEventListener('abort', listener, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', listener);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', listener);
        reject(e);
      },
    );
  });
}
