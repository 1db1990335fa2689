import { useEffect } from 'react';
import { DataError } from './data/fetchJson.ts';
import { loadGeo } from './geo/loadGeo.ts';
import { MapView } from './map/MapView.tsx';
import { RegionList } from './panel/RegionList.tsx';
import { RegionPanel } from './panel/RegionPanel.tsx';
import { store, useExplainer } from './state/store.ts';

export function App() {
  const geo = useExplainer((s) => s.geo);
  const problems = useExplainer((s) => s.problems);

  useEffect(() => {
    const { setGeo, reportProblem } = store.getState();
    loadGeo().then(setGeo, (error: unknown) =>
      reportProblem(
        error instanceof DataError
          ? `Map data ${error.message}`
          : `Map data failed to load: ${String(error)}`,
      ),
    );
  }, []);

  return (
    <main className="explainer">
      {problems.length > 0 && (
        <div className="problems" role="alert">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      <div className="explainer__map">{geo && <MapView geo={geo} />}</div>
      <aside className="explainer__panel" aria-label="What the article says">
        {geo && <RegionList regions={geo.regions} />}
        <RegionPanel />
      </aside>
    </main>
  );
}
