import { useExplainer } from '../state/store.ts';

/** What the panel says about the selected region. */
export function RegionPanel() {
  const region = useExplainer(
    (s) => s.geo?.regions.features.find((f) => f.id === s.selectedRegionId)?.properties ?? null,
  );
  if (!region) {
    return (
      <section className="panel" data-panel="intro" aria-live="polite">
        <p>Select a region on the map or in the list to read what the article says about it.</p>
      </section>
    );
  }
  return (
    <section
      className="panel"
      data-panel="region"
      data-region-id={region.id}
      aria-live="polite"
      aria-labelledby="panel-title"
    >
      <h2 id="panel-title">{region.name}</h2>
      <p className="panel__status">{region.status}</p>
    </section>
  );
}
