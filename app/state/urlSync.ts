/**
 * Keeps the route and the URL hash in step: the URL is read once the data is known (unless it
 * is empty and the reader has already chosen something), each
 * selection afterwards adds a history entry (reading on in story mode replaces it), and Back/Forward (or an edited hash) set the
 * route again. Ids the data does not know are dropped from what the URL says.
 */
import { formatHash, knownOnly, parseHash, sameRoute } from './route.ts';
import { knownIds } from './selectors.ts';
import type { ExplainerStore } from './store.ts';

export function syncWithUrl(store: ExplainerStore, win: Window = window): () => void {
  const fromUrl = () => knownOnly(parseHash(win.location.hash), knownIds(store.getState()));
  const urlFor = (hash: string) => hash || `${win.location.pathname}${win.location.search}`;

  let following = false;
  const follow = () => {
    following = true;
    store.getState().setRoute(fromUrl());
    following = false;
    // A URL naming unknown ids is rewritten to what is shown, without a new history entry.
    const shown = formatHash(store.getState().route);
    if (shown !== win.location.hash) win.history.replaceState(win.history.state, '', urlFor(shown));
  };
  const chosen = store.getState().route;
  if (win.location.hash.replace(/^#/, '') === '' && formatHash(chosen) !== '') {
    // The reader chose (in the list, on the map) before the story arrived, and the URL says
    // nothing: keep their choice rather than the empty one the URL would give.
    store.getState().setRoute(knownOnly(chosen, knownIds(store.getState())));
    const shown = formatHash(store.getState().route);
    if (shown) win.history.replaceState(win.history.state, '', urlFor(shown));
  } else {
    follow();
  }
  store.getState().markUrlRead();

  win.addEventListener('popstate', follow);
  win.addEventListener('hashchange', follow);
  const unsubscribe = store.subscribe((now, before) => {
    if (following || sameRoute(now.route, before.route)) return;
    const hash = formatHash(now.route);
    if (hash === win.location.hash) return;
    // Reading on in story mode moves the address along without a history entry per passage.
    if (now.route.story && before.route.story) win.history.replaceState(win.history.state, '', urlFor(hash));
    else win.history.pushState(null, '', urlFor(hash));
  });
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', follow);
    win.removeEventListener('hashchange', follow);
  };
}
