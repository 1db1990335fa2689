/**
 * index.html's entry, and the start of embed.html's (embed/main.tsx): fetch the data and,
 * with `?debug=1`, MapLibre before React renders; then render the explainer.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import './styles.css';
import { debugEnabled } from './debug.ts';
import { mapViewCode } from './map/loadMapView.ts';
import { supportsWebGL } from './map/webgl.ts';
import { startLoadingData } from './state/loadData.ts';
import { applyThemeFromUrl } from './theme.ts';

applyThemeFromUrl();
startLoadingData();
// With ?debug=1 MapLibre starts at once: fetch it alongside the data, not after.
if (debugEnabled() && supportsWebGL()) void mapViewCode.load();

const element = document.getElementById('root');
if (!element) throw new Error('the page has no #root element');
/** The element the explainer renders into. */
export const root: HTMLElement = element;

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary part="The map explainer">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
