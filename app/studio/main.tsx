/** The studio's page (studio.html): its code loads only here, never with the explainer's pages. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { Studio } from './Studio.tsx';
import '../styles.css';
import './studio.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary part="The studio">
        <Studio />
      </ErrorBoundary>
    </StrictMode>,
  );
