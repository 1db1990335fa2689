import { StrictMode } from 'react';
import { App } from './App.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/** The whole explainer, as the browser renders it and the build prerenders it: one tree for both. */
export function Explainer() {
  return (
    <StrictMode>
      <ErrorBoundary part="The map explainer">
        <App />
      </ErrorBoundary>
    </StrictMode>
  );
}
