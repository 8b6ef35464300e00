/** Loads data from the API for a screen, with loading, failed and reload states, and ignores answers that arrive after the screen is gone. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiFailure } from '../api/client.js';

export type Load<T> =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ok'; readonly data: T }
  | { readonly kind: 'failed'; readonly status: number };

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): { readonly state: Load<T>; readonly reload: () => void } {
  const [state, setState] = useState<Load<T>>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => {
        if (live) {
          setState({ kind: 'ok', data });
        }
      },
      (error: unknown) => {
        if (live) {
          setState({ kind: 'failed', status: error instanceof ApiFailure ? error.status : -1 });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => {
    setRound((n) => n + 1);
  }, []);
  return { state, reload };
}
