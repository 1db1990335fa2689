/**
 * Keeps the route and the URL hash in step: the URL is read once the data is known (unless it
 * is empty and the reader has already chosen something), each
 * selection afterwards adds a history entry (reading on in story mode replaces it), and Back/Forward (or an edited hash) set the
 * route again. Ids the data does not know are dropped from what the URL says.
 */
import { formatHash, knownOnly, parseHash, sameRoute } from './route.ts';
import { knownIds } from './selectors.ts';
import type { ExplainerStore } from './store.ts';

// Stryker disable next-line StringLiteral: browsers ignore history's title argument, so no test can tell.
const NO_TITLE = '';

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
    if (shown !== win.location.hash) win.history.replaceState(win.history.state, NO_TITLE, urlFor(shown));
  };
  // A URL that ends in a bare "#" has an empty hash too (location.hash is '' for both).
  if (win.location.hash === '') {
    // The URL says nothing: keep what the reader chose (in the list, on the map) before the
    // story arrived, if anything, rather than the empty route the URL would give.
    store.getState().setRoute(knownOnly(store.getState().route, knownIds(store.getState())));
    const shown = formatHash(store.getState().route);
    if (shown) win.history.replaceState(win.history.state, NO_TITLE, urlFor(shown));
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
    if (now.route.story && before.route.story)
      win.history.replaceState(win.history.state, NO_TITLE, urlFor(hash));
    else win.history.pushState(null, NO_TITLE, urlFor(hash));
  });
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', follow);
    win.removeEventListener('hashchange', follow);
  };
}
