/**
 * One legend swatch as SVG, drawn from the same specification and palette as the map, at
 * screen size: for the page's legend and the static image's.
 */
import type { Swatch } from '../cartography/legend.ts';
import type { Palette } from '../cartography/palette.ts';
import { CITY_DOT, HATCHES } from '../cartography/style.ts';
import { HatchPattern } from '../map/svg/HatchPattern.tsx';

/** A swatch's size in screen pixels. */
export const SWATCH = { width: 28, height: 18 } as const;
const W = SWATCH.width;
const H = SWATCH.height;

/** One legend swatch, drawn from the same specification and palette as the map, at screen size. */
export function SwatchIcon({ swatch, id, palette }: { swatch: Swatch; id: string; palette: Palette }) {
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
          <rect {...box} fill={palette[swatch.under]} />
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
