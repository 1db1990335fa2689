import type { Regions } from '../geo/schema.ts';
import { store, useExplainer } from '../state/store.ts';

/** The clickable regions as real buttons: the map's content for keyboards and screen readers. */
export function RegionList({ regions }: { regions: Regions }) {
  const selected = useExplainer((s) => s.selectedRegionId);
  const clickable = regions.features.filter((f) => f.properties.clickable);
  return (
    <nav className="region-list" aria-label="Regions">
      <ul>
        {clickable.map(({ properties: { id, name } }) => (
          <li key={id}>
            <button
              type="button"
              data-region-id={id}
              aria-pressed={selected === id}
              onClick={() => store.getState().selectRegion(selected === id ? null : id)}
            >
              {name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
