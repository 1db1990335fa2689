/**
 * With `?debug=1`, the few tests that read the live map get a handle on it:
 * `window.__explainer = { map, state }`, where `state()` reads the store (it cannot change
 * it: tests inject faults with routes and bad files). Without the switch nothing is exposed.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { store } from './state/store.ts';

declare global {
  interface Window {
    __explainer?: Readonly<{ map?: MapLibreMap; state: typeof store.getState }>;
  }
}

export function debugEnabled(search = location.search): boolean {
  return new URLSearchParams(search).get('debug') === '1';
}

export function exposeDebugHandle(parts: { map?: MapLibreMap }): () => void {
  if (!debugEnabled()) return () => {};
  window.__explainer = Object.freeze({ ...parts, state: store.getState });
  return () => {
    if (window.__explainer?.map === parts.map) delete window.__explainer;
  };
}
