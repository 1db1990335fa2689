import { hatchOf, type LegendEntry, legend, type Swatch } from '../map/legend.ts';

const W = 28;
const H = 18;

function SwatchIcon({ swatch, id }: { swatch: Swatch; id: string }) {
  const dash = (d?: number[], width = 1) => d?.map((n) => n * width).join(' ');
  switch (swatch.kind) {
    case 'fill':
      return (
        <rect
          x="1"
          y="1"
          width={W - 2}
          height={H - 2}
          fill={swatch.color}
          fillOpacity={id === 'selected' ? 0.35 : 1}
          stroke={swatch.outline?.color ?? '#6b6b6b'}
          strokeWidth={id === 'selected' ? 2.5 : 1}
          strokeDasharray={dash(swatch.outline?.dash, 1.2)}
        />
      );
    case 'hatch': {
      const { spec } = hatchOf(swatch.hatch);
      const s = spec?.spacing ?? 6;
      return (
        <>
          <defs>
            <pattern id={`legend-${id}`} width={s} height={s} patternUnits="userSpaceOnUse">
              <path
                d={spec?.direction === 'rising' ? `M0 ${s} L${s} 0` : `M0 0 L${s} ${s}`}
                stroke={spec?.color}
                strokeWidth="1.25"
              />
            </pattern>
          </defs>
          <rect
            x="1"
            y="1"
            width={W - 2}
            height={H - 2}
            fill={`url(#legend-${id})`}
            stroke={swatch.outline.color}
            strokeWidth="1.2"
            strokeDasharray={dash(swatch.outline.dash, 1.2)}
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
          stroke={swatch.color}
          strokeWidth={swatch.width * 1.5}
          strokeDasharray={dash(swatch.dash, swatch.width * 1.5)}
        />
      );
    case 'point':
      return <circle cx={W / 2} cy={H / 2} r="4" fill={swatch.color} stroke="#ffffff" strokeWidth="1.5" />;
  }
}

/** Every fill, hatch, line and point on the map, and what it means. */
export function Legend({ entries = legend }: { entries?: LegendEntry[] }) {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} data-legend={entry.id}>
            <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
              <SwatchIcon swatch={entry.swatch} id={entry.id} />
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
