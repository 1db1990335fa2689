import { useEffect } from 'react';
import { DataError } from './data/fetchJson.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { EmbedSnippet } from './embed/EmbedSnippet.tsx';
import { isEmbed } from './embed/mode.ts';
import { loadGeo } from './geo/loadGeo.ts';
import { MapArea } from './map/MapArea.tsx';
import { Announcer } from './panel/Announcer.tsx';
import { Legend } from './panel/Legend.tsx';
import { Panel } from './panel/Panel.tsx';
import { RegionList } from './panel/RegionList.tsx';
import { store, useExplainer } from './state/store.ts';
import { syncWithUrl } from './state/urlSync.ts';
import { checkRegions, loadStory, storyFromUrl, storyUrl } from './story/loadStory.ts';

const failureMessage = (what: string, error: unknown) =>
  error instanceof DataError ? `${what}: ${error.message}` : `${what} failed to load: ${String(error)}`;

/** Loads the map layers and the story side by side; each failure is reported, the rest still works. */
async function loadData(): Promise<void> {
  const { setGeo, setStory, reportProblem } = store.getState();
  const url = new Promise<string>((resolve) => resolve(storyUrl(storyFromUrl())));
  const [geo, story] = await Promise.allSettled([loadGeo(), url.then(loadStory)]);
  if (geo.status === 'fulfilled') {
    setGeo(geo.value.geo);
    for (const failure of geo.value.failures) reportProblem(failureMessage('Map data', failure));
  } else {
    reportProblem(failureMessage('Map data', geo.reason));
  }
  if (story.status === 'rejected') return reportProblem(failureMessage('Article', story.reason));
  try {
    const regionIds = geo.status === 'fulfilled' ? geo.value.geo.regions.features.map((f) => f.id) : null;
    setStory(regionIds ? checkRegions(story.value, regionIds, await url) : story.value);
  } catch (error) {
    reportProblem(failureMessage('Article', error));
  }
}

export function App() {
  const geo = useExplainer((s) => s.geo);
  const problems = useExplainer((s) => s.problems);
  const title = useExplainer((s) => s.story?.title);
  const embedded = isEmbed();

  useEffect(() => {
    // Escape clears the selection from anywhere, unless a control inside uses it (the map's own handling).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      store.getState().selectRegion(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    loadData().then(() => {
      if (!cancelled) stop = syncWithUrl(store);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);

  return (
    <main className={embedded ? 'explainer explainer--embed' : 'explainer'}>
      <h1 className={embedded ? 'visually-hidden' : 'explainer__title'}>
        <span className="explainer__kicker">Map explainer</span> {title ?? ''}
      </h1>
      {problems.length > 0 && (
        <div className="problems" role="alert">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      <div className="explainer__map">
        <div className="explainer__canvas">
          {geo && (
            <ErrorBoundary part="The map">
              <MapArea geo={geo} />
            </ErrorBoundary>
          )}
        </div>
        <Legend />
        {!embedded && <EmbedSnippet />}
      </div>
      <aside className="explainer__panel" aria-label="What the article says">
        <RegionList regions={geo?.regions ?? null} />
        <ErrorBoundary part="The panel">
          <Panel />
          <Announcer />
        </ErrorBoundary>
      </aside>
    </main>
  );
}
