import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Polled<T> {
  data?: T;
  error?: Error;
  refresh(): void;
}

/** Live updates by polling: the local runtime has no push channel, and a 2 s poll is cheap locally. */
export function usePolling<T>(load: () => Promise<T>, deps: unknown[], intervalMs = 2000): Polled<T> {
  const [state, setState] = useState<{ data?: T; error?: Error }>({});
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);
  const run = useCallback(() => {
    const mine = generation.current;
    loadRef.current().then(
      (data) => mine === generation.current && setState({ data }),
      (error: Error) => mine === generation.current && setState((s) => ({ ...s, error })),
    );
  }, []);
  useEffect(() => {
    generation.current++;
    setState({});
    run();
    if (intervalMs <= 0) return;
    const timer = setInterval(run, intervalMs);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return { ...state, refresh: run };
}
