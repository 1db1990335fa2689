/**
 * Code the first view does not need, loaded when first wanted and kept.
 *
 * Not `React.lazy`: content that a lazy component reveals after its Suspense fallback was
 * shown is held back about 300 ms (React's FALLBACK_THROTTLE_MS, react#36569), even when the
 * code has long arrived. The MapLibre map took its place that much later, for nothing.
 */
import { useEffect, useState } from 'react';

interface OnDemand<T> {
  /** Starts loading (once; again after a failure) and resolves with the module. */
  load(): Promise<T>;
  /** The module, if it has arrived. */
  loaded(): T | undefined;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let loading: Promise<T> | undefined;
  let module: T | undefined;
  return {
    load() {
      loading ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          loading = undefined; // a later attempt (the error boundary's "Try again") fetches again
          throw error;
        },
      );
      return loading;
    },
    loaded: () => module,
  };
}

/**
 * The module once it has arrived, undefined until then; starts loading when `wanted`. A
 * failure to load goes to `onFailure` (a stable function) when given, else it is thrown from
 * render, for the nearest error boundary to show.
 */
export function useOnDemand<T>(
  code: OnDemand<T>,
  wanted = true,
  onFailure?: (error: unknown) => void,
): T | undefined {
  const [state, setState] = useState<{ module?: T; error?: unknown }>(() => ({ module: code.loaded() }));
  const arrived = state.module !== undefined;
  useEffect(() => {
    if (!wanted || arrived) return;
    let live = true;
    code.load().then(
      (module) => live && setState({ module }),
      (error: unknown) => {
        if (!live) return;
        if (onFailure) onFailure(error);
        else setState({ error: error ?? new Error('could not load') });
      },
    );
    return () => {
      live = false;
    };
  }, [code, wanted, arrived, onFailure]);
  if (state.error !== undefined) throw state.error;
  return state.module;
}
