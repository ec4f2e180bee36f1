import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: Error };

/**
 * Runs `load` whenever `key` changes; a stale answer (the person typed on) is dropped. `reload()`
 * (after an action) keeps showing the current value until the fresh one arrives, so the view does
 * not flash a spinner and open dialogs or focus are not torn down under the person.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> & { reload(): void } {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const refreshing = useRef(false);
  useEffect(() => {
    let current = true;
    if (!refreshing.current) setResult({ state: 'loading' });
    refreshing.current = false;
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: Error) => current && setResult({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  const reload = useCallback(() => {
    refreshing.current = true;
    setAttempt((n) => n + 1);
  }, []);
  return { ...result, reload };
}
