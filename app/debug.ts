/**
 * With `?debug=1`, tests and benchmarks get a read-only handle on the live parts:
 * `window.__explainer = { map, store }`. Without it nothing is exposed.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { store } from './state/store.ts';

declare global {
  interface Window {
    __explainer?: Readonly<{ map?: MapLibreMap; store: typeof store }>;
  }
}

export function debugEnabled(search = location.search): boolean {
  return new URLSearchParams(search).get('debug') === '1';
}

export function exposeDebugHandle(parts: { map?: MapLibreMap }): () => void {
  if (!debugEnabled()) return () => {};
  window.__explainer = Object.freeze({ ...parts, store });
  return () => {
    if (window.__explainer?.map === parts.map) delete window.__explainer;
  };
}
