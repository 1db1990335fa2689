import type { Regions } from '../geo/schema.ts';
import { store, useExplainer } from '../state/store.ts';

/**
 * The clickable regions as real buttons (the map's content for keyboards and screen
 * readers), and the switch to the whole article.
 */
export function RegionList({ regions }: { regions: Regions | null }) {
  const selected = useExplainer((s) => s.route.region);
  const articleOpen = useExplainer((s) => s.route.article);
  const hasStory = useExplainer((s) => s.story !== null);
  const clickable = regions?.features.filter((f) => f.properties.clickable) ?? [];
  return (
    <nav className="region-list" aria-label="Regions and article">
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
        {hasStory && (
          <li className="region-list__article">
            <button
              type="button"
              data-view="article"
              aria-pressed={articleOpen}
              onClick={() => {
                const s = store.getState();
                if (articleOpen) s.selectRegion(null);
                else s.openArticle();
              }}
            >
              Article
            </button>
          </li>
        )}
      </ul>
    </nav>
  );
}
