import { type LegendEntry, legend } from '../cartography/legend.ts';
import { palettes } from '../cartography/palette.ts';
import { SWATCH, SwatchIcon } from '../svgmap/SwatchIcon.tsx';
import { useTheme } from '../theme.ts';

/** Every fill, hatch, line and point on the map, and what it means. */
export function Legend({ entries = legend }: { entries?: readonly LegendEntry[] }) {
  const palette = palettes[useTheme()];
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
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
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
      <p className="legend__source">
        Map data: <span lang="en">Natural Earth</span> (public domain).
      </p>
    </section>
  );
}
