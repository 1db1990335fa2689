import { useAfterHydration, useHydrated } from '../built.tsx';
import { compactKey, type LegendEntry, legendFor } from '../cartography/legend.ts';
import { cssPalette } from '../cartography/palette.ts';
import { isEmbed } from '../embed/mode.ts';
import { currentView, viewDate, viewedGeoOf } from '../state/selectors.ts';
import { useExplainer } from '../state/store.ts';
import { DEFAULT_VIEW, sourcesOf } from '../views/resolve.ts';
import { viewCaption } from './caption.ts';
import { SWATCH, SwatchIcon } from './SwatchIcon.tsx';
import { ViewSwitch } from './ViewSwitch.tsx';

/** Below this width the legend starts folded to one line, so the text is not pushed down. */
export const NARROW = '(max-width: 720px)';

/** Open on wide pages outside embeds; the built page starts folded (the phone's first screen). */
let opensWide: boolean | undefined;
const startsOpen = () => {
  opensWide ??= !isEmbed() && !window.matchMedia(NARROW).matches;
  return opensWide;
};
const builtFolded = () => false;

/**
 * Every fill, hatch, line and point on the map, and what it means. Folded, it is the compact
 * key: the disputed statuses' hatches in short words, pinned with the map wherever the map is
 * pinned (phones, story mode). Open on wide pages outside story mode; on phones, in story mode
 * and in embeds it starts folded. In an embed it also holds "Whose map?" (`withSwitch`), which
 * pages show beside it so a phone reaches it without opening the legend.
 */
export function Legend({ withSwitch = false }: { withSwitch?: boolean }) {
  // The page's custom properties: the same markup is light or dark by the page's colour scheme.
  const palette = cssPalette;
  const geo = useExplainer(viewedGeoOf);
  const view = useExplainer(currentView);
  const date = useExplainer(viewDate);
  const today = useExplainer((s) => s.route.today ?? false);
  // Another party's view: the legend says whose it is and cites what it rests on.
  const whose = view && view.id !== DEFAULT_VIEW ? view : null;
  const entries: readonly LegendEntry[] = legendFor(geo, !whose);
  const reading = useExplainer((s) => s.route.story ?? false);
  const open = useAfterHydration(startsOpen, builtFolded) && !reading;
  // The built page's legend is folded (it cannot know the window); its stylesheet shows it open
  // on wide pages until the app opens it, so nothing moves when it does.
  const built = !useHydrated();
  // A line that moves (who holds what) says when its source drew it.
  const asOf = useExplainer((s) => s.geo?.regions.features.find((f) => f.properties.asOf)?.properties);
  const labelOf = (entry: LegendEntry) =>
    asOf?.asOf && entry.id === asOf.kind ? `${entry.label} (line as of ${asOf.asOf})` : entry.label;
  return (
    <details className="legend" open={open} data-built-folded={built || undefined}>
      <summary>
        <span className="legend__title">{whose ? `Legend: ${whose.party}’s view` : 'Legend'}</span>
        <span className="legend__key">
          {compactKey(entries).map((entry) => (
            <span key={entry.ids.join(' ')} className="legend__key-entry" data-key={entry.ids.join(' ')}>
              {entry.swatches.map((swatch, i) => (
                <svg
                  key={entry.ids[i]}
                  width={18}
                  height={12}
                  viewBox={`0 0 ${SWATCH.width} ${SWATCH.height}`}
                  aria-hidden="true"
                  focusable="false"
                >
                  <SwatchIcon swatch={swatch} id={`key-${entry.ids[i]}`} palette={palette} />
                </svg>
              ))}
              {entry.short}
            </span>
          ))}
        </span>
      </summary>
      <div className="legend__body">
        {withSwitch && <ViewSwitch />}
        <ul>
          {entries.map((entry) => (
            <li key={entry.id} data-legend={entry.id}>
              <svg
                width={SWATCH.width}
                height={SWATCH.height}
                viewBox={`0 0 ${SWATCH.width} ${SWATCH.height}`}
                aria-hidden="true"
                focusable="false"
              >
                <SwatchIcon swatch={entry.swatch} id={entry.id} palette={palette} />
              </svg>
              <span>{labelOf(entry)}</span>
            </li>
          ))}
        </ul>
        {whose && geo && (
          <>
            <p className="legend__view">{viewCaption(whose, date, today)}. Sources:</p>
            <ol className="legend__sources" data-legend-sources="">
              {sourcesOf(geo).map((source) => (
                <li key={source.title}>
                  {source.url ? (
                    <a href={source.url} rel="noopener" target="_blank">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </details>
  );
}
