/**
 * The pages' entry: fetch the data and, with `?debug=1`, MapLibre before React renders; then
 * bring the first view the build put in the page to life (hydrate it) or, when this page asks
 * for something the build did not draw, render the explainer afresh; inside a pym.js parent's
 * iframe, report its height.
 */
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Explainer } from './Explainer.tsx';
import './styles.css';
import 'virtual:map-palette.css';
import { builtAsEmbed, isBuilt } from './built.tsx';
import { loadedFingerprint } from './data/fingerprint.ts';
import { debugEnabled } from './debug.ts';
import { isEmbed } from './embed/mode.ts';
import { mapViewCode } from './map/loadMapView.ts';
import { canRunMapLibre } from './map/webgl.ts';
import { startLoadingData } from './state/loadData.ts';
import { store } from './state/store.ts';
import { applyThemeFromUrl } from './theme.ts';

applyThemeFromUrl();
const loading = startLoadingData();
// With ?debug=1 MapLibre starts at once: fetch it alongside the data, not after.
if (debugEnabled() && canRunMapLibre()) void mapViewCode.load();

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

/** The built first view is the default story, as a reader opens the page, from the published files. */
const asBuilt = () =>
  !debugEnabled() && !new URLSearchParams(location.search).has('story') && isEmbed() === builtAsEmbed();

/** The data arrived whole, the very files the build drew from: then its markup is what React renders now. */
function loadedAsBuilt(element: HTMLElement): boolean {
  const { geo, story, views, problems } = store.getState();
  const whole = geo !== null && story !== null && views !== null && problems.length === 0;
  return whole && element.getAttribute('data-built') === loadedFingerprint();
}

function renderAfresh(element: HTMLElement): void {
  element.replaceChildren();
  element.removeAttribute('data-built');
  createRoot(element).render(<Explainer />);
}

// Until the first view is ready (data-view-ready), public/boot.js holds the reader's clicks
// and makes each once then: nothing reaches React's listeners meanwhile.
if (isBuilt(root) && asBuilt()) {
  // The page is already readable: it comes to life once the data it was drawn from is here.
  void loading.then(() => (loadedAsBuilt(root) ? hydrateRoot(root, <Explainer />) : renderAfresh(root)));
} else {
  renderAfresh(root);
}

// Framed by a host that marks the frame's address (AMP's #amp=1, WordPress's #?secret=…):
// speak its sizing protocol. The address as it was at start: the route drops these marks.
const startHash = location.hash;
if (window.parent !== window) {
  void import('./embed/hosts.ts').then(({ hostOf, startHostSizing }) =>
    startHostSizing(hostOf(startHash, true), root),
  );
}

// Inside another page's iframe (embed.html, or any page with ?embed) with pym's parameters:
// tell the parent how tall the content is. Only such pages load the protocol.
if (isEmbed() && new URLSearchParams(location.search).has('childId')) {
  void import('./embed/pymChild.ts').then(({ pymParams, startPymChild }) => {
    const pym = pymParams(location.search);
    if (pym) startPymChild(pym, root);
  });
}
