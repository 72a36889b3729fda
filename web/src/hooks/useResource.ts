import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  /** True while a request is in flight (the first one or a reload). */
  loading: boolean;
  /** When the current data arrived (ms since the epoch). */
  loadedAt: number | null;
  reload(): void;
}

interface State<T> {
  key: string;
  data: T | undefined;
  error: unknown;
  loading: boolean;
  loadedAt: number | null;
}

/**
 * Loads data for `key` (the URL, in effect) and reloads it on demand. A reload keeps the
 * current data on screen until the new answer arrives, so live refreshes never flash a
 * skeleton; a new key drops the old data, so one workspace's numbers never show under another's name.
 * `load` null means "not yet" (e.g. a workspace with no events has no analysis to fetch).
 */
export function useResource<T>(
  key: string,
  load: ((signal: AbortSignal) => Promise<T>) | null,
): Resource<T> {
  const [state, setState] = useState<State<T>>({
    key,
    data: undefined,
    error: undefined,
    loading: load !== null,
    loadedAt: null,
  });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const enabled = load !== null;

  if (state.key !== key) {
    // Reset during render (React's documented pattern) so stale data is never painted.
    setState({ key, data: undefined, error: undefined, loading: enabled, loadedAt: null });
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reload trigger
  useEffect(() => {
    const current = loadRef.current;
    if (current === null) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    current(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setState({ key, data, error: undefined, loading: false, loadedAt: Date.now() });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ ...previous, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [key, enabled, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const fresh = state.key === key;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: fresh ? state.loading : enabled,
    loadedAt: fresh ? state.loadedAt : null,
    reload,
  };
}
