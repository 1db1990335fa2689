import './data/zodConfig.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import './styles.css';
import { debugEnabled } from './debug.ts';
import { isEmbed } from './embed/mode.ts';
import { pymParams, startPymChild } from './embed/pymChild.ts';
import { mapViewCode } from './map/loadMapView.ts';
import { supportsWebGL } from './map/webgl.ts';
import { startLoadingData } from './state/loadData.ts';
import { applyThemeFromUrl } from './theme.ts';

applyThemeFromUrl();
startLoadingData();
// With ?debug=1 MapLibre starts at once: fetch it alongside the data, not after.
if (debugEnabled() && supportsWebGL()) void mapViewCode.load();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary part="The map explainer">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

// Inside another page's iframe: tell a pym.js parent (or embed.js) how tall the content is.
const pym = isEmbed() ? pymParams(location.search) : null;
if (pym) startPymChild(pym, root);
