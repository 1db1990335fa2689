/**
 * The colour scheme: the reader's preference, unless `?theme=light|dark` overrides it (a host
 * page may want to match its own). The page's CSS follows it through `color-scheme`; the map's
 * renderers read it here to pick their palette.
 */
import { useSyncExternalStore } from 'react';
import type { Theme } from './cartography/palette.ts';

export function applyThemeFromUrl(search = location.search, root = document.documentElement): void {
  const theme = new URLSearchParams(search).get('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function currentTheme(root = document.documentElement): Theme {
  const forced = root.dataset.theme;
  if (forced === 'light' || forced === 'dark') return forced;
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The theme, re-rendering when the reader's preference changes. */
export function useTheme(): Theme {
  return useSyncExternalStore(
    subscribe,
    () => currentTheme(),
    () => 'light',
  );
}
