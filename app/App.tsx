import { useEffect } from 'react';
import { Part, partsHydrated } from './built.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { EmbedSnippet } from './embed/EmbedSnippet.tsx';
import { useEmbed } from './embed/mode.ts';
import { Legend } from './legend/Legend.tsx';
import { ViewSwitch } from './legend/ViewSwitch.tsx';
import { MapArea } from './map/MapArea.tsx';
import { Announcer } from './panel/Announcer.tsx';
import { backToAllRegions } from './panel/clearing.ts';
import { Byline, SourceLine } from './panel/Furniture.tsx';
import { Panel } from './panel/Panel.tsx';
import { RegionList } from './panel/RegionList.tsx';
import { partReady } from './ready.ts';
import { dataLoaded } from './state/loadData.ts';
import { viewedGeoOf } from './state/selectors.ts';
import { store, useExplainer } from './state/store.ts';
import { syncWithUrl } from './state/urlSync.ts';

export function App() {
  // The map's data as the reader's chosen point of view draws and names it.
  const geo = useExplainer(viewedGeoOf);
  const problems = useExplainer((s) => s.problems);
  const title = useExplainer((s) => s.story?.title);
  const embedded = useEmbed();
  const reading = useExplainer((s) => s.route.story ?? false);
  const urlRead = useExplainer((s) => s.urlRead);

  // Without the map's data there is no map to draw (the drawing says when it has drawn).
  useEffect(() => {
    if (urlRead && !geo) partReady('map');
  }, [urlRead, geo]);

  useEffect(() => {
    // Escape clears the selection from anywhere, unless a control inside uses it (the map's own handling).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      backToAllRegions();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    // The URL's route once the data is in and the built page, if any, has wholly come to life.
    Promise.all([dataLoaded(), partsHydrated()]).then(() => {
      if (!cancelled) stop = syncWithUrl(store);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);

  return (
    <main
      className={['explainer', embedded && 'explainer--embed', reading && 'explainer--story']
        .filter(Boolean)
        .join(' ')}
    >
      <header className="explainer__head">
        <h1 className="explainer__title">
          <span className="explainer__kicker">Map explainer</span> {title}
        </h1>
        <Byline />
      </header>
      {problems.length > 0 && (
        <div className="problems" role="alert">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      <div className="explainer__map">
        {/* Each part hydrates in a task of its own (a boundary each), so the page answers between them. */}
        <div className="explainer__canvas">
          {geo && (
            <ErrorBoundary part="The map">
              <Part>
                <MapArea geo={geo} />
              </Part>
            </ErrorBoundary>
          )}
        </div>
        <Part>
          <Legend withSwitch={embedded} />
        </Part>
        {!embedded && (
          <Part>
            <ViewSwitch />
          </Part>
        )}
        {!embedded && <EmbedSnippet />}
      </div>
      <aside className="explainer__panel" aria-label="What the article says">
        <Part>
          <RegionList regions={geo?.regions ?? null} />
        </Part>
        <div className="panel-scroll">
          <ErrorBoundary part="The panel">
            <Part>
              <Panel />
              <Announcer />
            </Part>
          </ErrorBoundary>
        </div>
      </aside>
      <SourceLine />
    </main>
  );
}
