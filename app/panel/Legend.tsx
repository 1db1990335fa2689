import { useState } from 'react';
import { type LegendEntry, legend } from '../cartography/legend.ts';
import { palettes } from '../cartography/palette.ts';
import { isEmbed } from '../embed/mode.ts';
import { useExplainer } from '../state/store.ts';
import { SWATCH, SwatchIcon } from '../svgmap/SwatchIcon.tsx';
import { useTheme } from '../theme.ts';

/** Below this width the legend starts folded to one line, so the text is not pushed down. */
export const NARROW = '(max-width: 720px)';

/**
 * Every fill, hatch, line and point on the map, and what it means. Open on wide pages; on
 * phones and in embeds it starts as one line (its swatches), opened on demand.
 */
export function Legend({ entries = legend }: { entries?: readonly LegendEntry[] }) {
  const palette = palettes[useTheme()];
  const [open] = useState(() => !isEmbed() && !window.matchMedia(NARROW).matches);
  // A line that moves (who holds what) says when its source drew it.
  const asOf = useExplainer((s) => s.geo?.regions.features.find((f) => f.properties.asOf)?.properties);
  const labelOf = (entry: LegendEntry) =>
    asOf?.asOf && entry.id === asOf.kind ? `${entry.label} (line as of ${asOf.asOf})` : entry.label;
  return (
    <details className="legend" open={open}>
      <summary>
        <span className="legend__title">Legend</span>
        <span className="legend__strip" aria-hidden="true">
          {entries
            .filter((e) => e.swatch.kind === 'fill' || e.swatch.kind === 'hatch')
            .map((entry) => (
              <svg
                key={entry.id}
                width={18}
                height={12}
                viewBox={`0 0 ${SWATCH.width} ${SWATCH.height}`}
                aria-hidden="true"
                focusable="false"
              >
                <SwatchIcon swatch={entry.swatch} id={`strip-${entry.id}`} palette={palette} />
              </svg>
            ))}
        </span>
      </summary>
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
    </details>
  );
}
