/**
 * The pages' entry: fetch the data and, with `?debug=1`, MapLibre before React renders; then
 * render the explainer; inside a pym.js parent's iframe, report its height.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import './styles.css';
import { debugEnabled } from './debug.ts';
import { isEmbed } from './embed/mode.ts';
import { mapViewCode } from './map/loadMapView.ts';
import { supportsWebGL } from './map/webgl.ts';
import { startLoadingData } from './state/loadData.ts';
import { applyThemeFromUrl } from './theme.ts';

applyThemeFromUrl();
startLoadingData();
// With ?debug=1 MapLibre starts at once: fetch it alongside the data, not after.
if (debugEnabled() && supportsWebGL()) void mapViewCode.load();

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary part="The map explainer">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

// Inside another page's iframe (embed.html, or any page with ?embed) with pym's parameters:
// tell the parent how tall the content is. Only such pages load the protocol.
if (isEmbed() && new URLSearchParams(location.search).has('childId')) {
  void import('./embed/pymChild.ts').then(({ pymParams, startPymChild }) => {
    const pym = pymParams(location.search);
    if (pym) startPymChild(pym, root);
  });
}
