/**
 * The locator inset drawn (cartography/locator.ts decides whether, where and what): the
 * opening's area in plain fills, the part the big map shows as a box on it. The live page lays
 * it over either renderer; the static image nests it in its drawing.
 */
import { useMemo } from 'react';
import type { Locator } from '../cartography/locator.ts';
import { project } from '../cartography/mercator.ts';
import type { Palette } from '../cartography/palette.ts';
import { HATCHES, LINES, regionPaint } from '../cartography/style.ts';
import type { GeoData, RegionFeature } from '../geo/schema.ts';
import { pathsOf } from './MapDrawing.tsx';
import { detailLevel } from './projection.ts';

/** At the inset's size a hatch is noise: a disputed area is filled with its hatch's colour. */
function plainFill(f: RegionFeature, palette: Palette): string {
  const paint = regionPaint(f.properties);
  if ('colour' in paint) return palette[paint.colour];
  const hatch = HATCHES.find((h) => h.id === paint.hatch);
  return hatch ? palette[hatch.colour] : palette.neighbour;
}

/** The smallest box the frame is drawn as, in inset pixels, so a small region's frame still shows. */
const MIN_FRAME = 5;

export function LocatorInset({
  geo,
  locator,
  palette,
  className,
  placed = false,
}: {
  geo: GeoData;
  locator: Locator;
  palette: Palette;
  className?: string;
  /** In a page, placed by CSS from its box; in the static image, by x and y inside the drawing. */
  placed?: boolean;
}) {
  const [left, top, right, bottom] = locator.box;
  const width = right - left;
  const height = bottom - top;
  const [w, s, e, n] = locator.area;
  const [x0, y1] = project(w, s);
  const [x1, y0] = project(e, n);
  const scale = width / (x1 - x0);
  const level = detailLevel(scale);
  const { regions } = useMemo(() => pathsOf(geo, level), [geo, level]);
  const px = (v: number) => v / scale;
  const [fw, fs, fe, fn] = locator.frame;
  const [fx0, fy1] = project(fw, fs);
  const [fx1, fy0] = project(fe, fn);
  const grow = (a: number, b: number) => Math.max(0, (px(MIN_FRAME) - (b - a)) / 2);
  const gx = grow(fx0, fx1);
  const gy = grow(fy0, fy1);
  return (
    <svg
      className={className}
      xmlns="http://www.w3.org/2000/svg"
      x={left}
      y={top}
      width={width}
      height={height}
      viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`}
      aria-hidden="true"
      data-locator=""
      style={placed ? { left, top } : undefined}
    >
      <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill={palette.sea} />
      {regions.map(({ f, d }) => (
        <path
          key={f.id}
          d={d}
          fill={plainFill(f, palette)}
          stroke={palette[LINES.border.colour]}
          strokeWidth={px(0.5)}
        />
      ))}
      <rect
        data-locator-frame=""
        x={fx0 - gx}
        y={fy0 - gy}
        width={fx1 - fx0 + 2 * gx}
        height={fy1 - fy0 + 2 * gy}
        fill="none"
        stroke={palette[LINES.selected.colour]}
        strokeWidth={px(1.5)}
      />
      <rect
        x={x0}
        y={y0}
        width={x1 - x0}
        height={y1 - y0}
        fill="none"
        stroke={palette.ink}
        strokeWidth={px(1)}
      />
    </svg>
  );
}
