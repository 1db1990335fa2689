import { type LegendEntry, legend, type Swatch } from '../cartography/legend.ts';
import { type Palette, palettes } from '../cartography/palette.ts';
import { CITY_DOT, HATCHES } from '../cartography/style.ts';
import { HatchPattern } from '../svgmap/HatchPattern.tsx';
import { useTheme } from '../theme.ts';

const W = 28;
const H = 18;

/** One legend swatch, drawn from the same specification and palette as the map, at screen size. */
function SwatchIcon({ swatch, id, palette }: { swatch: Swatch; id: string; palette: Palette }) {
  const dash = (d: readonly number[] | undefined, width: number) => d?.map((n) => n * width).join(' ');
  const box = { x: 1, y: 1, width: W - 2, height: H - 2 };
  switch (swatch.kind) {
    case 'fill':
      return (
        <>
          {swatch.under && <rect {...box} fill={palette[swatch.under]} />}
          <rect
            {...box}
            fill={palette[swatch.colour]}
            fillOpacity={swatch.opacity ?? 1}
            stroke={palette[swatch.outline?.colour ?? 'border']}
            strokeWidth={swatch.outline?.width ?? 1}
            strokeDasharray={dash(swatch.outline?.dash, swatch.outline?.width ?? 1)}
          />
        </>
      );
    case 'hatch': {
      const spec = HATCHES.find((h) => h.id === swatch.hatch);
      return (
        <>
          <defs>{spec && <HatchPattern id={`legend-${id}`} spec={spec} palette={palette} />}</defs>
          <rect {...box} fill={palette.neighbour} />
          <rect
            {...box}
            fill={`url(#legend-${id})`}
            stroke={palette[swatch.outline.colour]}
            strokeWidth={swatch.outline.width}
            strokeDasharray={dash(swatch.outline.dash, swatch.outline.width)}
          />
        </>
      );
    }
    case 'line':
      return (
        <line
          x1="2"
          y1={H / 2}
          x2={W - 2}
          y2={H / 2}
          stroke={palette[swatch.line.colour]}
          strokeWidth={swatch.line.width}
          strokeDasharray={dash(swatch.line.dash, swatch.line.width)}
        />
      );
    case 'point':
      return (
        <circle
          cx={W / 2}
          cy={H / 2}
          r={CITY_DOT.radius}
          fill={palette[CITY_DOT.colour]}
          stroke={palette[CITY_DOT.ring.colour]}
          strokeWidth={CITY_DOT.ring.width}
        />
      );
  }
}

/** Every fill, hatch, line and point on the map, and what it means. */
export function Legend({ entries = legend }: { entries?: readonly LegendEntry[] }) {
  const palette = palettes[useTheme()];
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} data-legend={entry.id}>
            <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
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
