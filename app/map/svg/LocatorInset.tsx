/**
 * The insets drawn (cartography/locator.ts and cartography/detail.ts decide whether, where and
 * what): a small map in plain fills, with the locator's frame (the part the big map shows) or
 * the detail's region outlined and named on it. The live page lays them over either renderer;
 * the static image nests the locator in its drawing.
 */
import { type ReactNode, useMemo } from 'react';
import type { Detail } from '../../cartography/detail.ts';
import { DETAIL } from '../../cartography/detail.ts';
import type { Box } from '../../cartography/labels.ts';
import type { Locator } from '../../cartography/locator.ts';
import { project } from '../../cartography/mercator.ts';
import type { Palette } from '../../cartography/palette.ts';
import type { RegionDrawing } from '../../cartography/scene.ts';
import { HATCHES, LABELS, LINES, SELECTED_FILL } from '../../cartography/style.ts';
import type { Bbox, GeoData, RegionFeature } from '../../geo/schema.ts';
import { HatchPattern } from './HatchPattern.tsx';
import { pathsOf } from './MapDrawing.tsx';
import { detailLevel } from './projection.ts';

/**
 * At the locator's size a hatch is noise: a disputed area is filled with its hatch's colour.
 * The detail inset, big enough for it, draws the hatch (its patterns named `detail-…`).
 */
function fillOf({ fill, hatch }: RegionDrawing, palette: Palette, hatched: boolean): string {
  if (!hatch) return palette[fill];
  if (hatched) return `url(#detail-${hatch})`;
  const spec = HATCHES.find((h) => h.id === hatch);
  return spec ? palette[spec.colour] : palette[fill];
}

/** The smallest box the frame is drawn as, in inset pixels, so a small region's frame still shows. */
const MIN_FRAME = 5;

/** A small map of `area` in plain fills, `width`×`height` px; `over` draws on it, given its units per pixel. */
function InsetMap({
  geo,
  area,
  width,
  height,
  palette,
  hatched = false,
  over,
}: {
  geo: GeoData;
  area: Bbox;
  width: number;
  height: number;
  palette: Palette;
  hatched?: boolean;
  over: (px: (v: number) => number, paths: readonly { region: RegionFeature; d: string }[]) => ReactNode;
}) {
  const [w, s, e, n] = area;
  const [x0, y1] = project(w, s);
  const [x1, y0] = project(e, n);
  const scale = width / (x1 - x0);
  const level = detailLevel(scale);
  const { regions } = useMemo(() => pathsOf(geo, level), [geo, level]);
  const px = (v: number) => v / scale;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`}
      aria-hidden="true"
      display="block"
    >
      {hatched && (
        <defs>
          {HATCHES.map((h) => (
            <HatchPattern key={h.id} id={`detail-${h.id}`} spec={h} palette={palette} unit={px(1)} />
          ))}
        </defs>
      )}
      <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill={palette.sea} />
      {regions.map(({ region: f, drawing, d }) => (
        <path
          key={f.id}
          d={d}
          fill={fillOf(drawing, palette, hatched)}
          stroke={palette[LINES.border.colour]}
          strokeWidth={px(0.5)}
        />
      ))}
      {over(px, regions)}
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

const sizeOf = ([left, top, right, bottom]: Box) => ({
  left,
  top,
  width: right - left,
  height: bottom - top,
});

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
  const { left, top, width, height } = sizeOf(locator.box);
  const [fw, fs, fe, fn] = locator.frame;
  const [fx0, fy1] = project(fw, fs);
  const [fx1, fy0] = project(fe, fn);
  return (
    <svg
      className={className}
      xmlns="http://www.w3.org/2000/svg"
      x={left}
      y={top}
      width={width}
      height={height}
      aria-hidden="true"
      data-locator=""
      style={placed ? { left, top } : undefined}
    >
      <InsetMap
        geo={geo}
        area={locator.area}
        width={width}
        height={height}
        palette={palette}
        over={(px) => {
          const grow = (a: number, b: number) => Math.max(0, (px(MIN_FRAME) - (b - a)) / 2);
          const gx = grow(fx0, fx1);
          const gy = grow(fy0, fy1);
          return (
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
          );
        }}
      />
    </svg>
  );
}

/** The detail inset: its region enlarged, tinted and outlined as the big map shows a selection, its name under it. */
export function DetailInset({
  geo,
  detail,
  palette,
  className,
}: {
  geo: GeoData;
  detail: Detail;
  palette: Palette;
  className?: string;
}) {
  const { left, top, width, height } = sizeOf(detail.box);
  const mapHeight = height - DETAIL.nameHeight;
  const name = LABELS.region;
  return (
    <figure
      className={className}
      data-detail={detail.id}
      style={{ left, top, width, height }}
      aria-hidden="true"
    >
      <InsetMap
        geo={geo}
        area={detail.area}
        width={width}
        height={mapHeight}
        palette={palette}
        hatched
        over={(px, paths) =>
          paths
            .filter(({ region }) => region.id === detail.id)
            .map(({ region: f, d }) => (
              <path
                key={f.id}
                d={d}
                data-detail-region={f.id}
                fill={palette[SELECTED_FILL.colour]}
                fillOpacity={SELECTED_FILL.opacity}
                stroke={palette[LINES.selected.colour]}
                strokeWidth={px(LINES.selected.width)}
              />
            ))
        }
      />
      <figcaption style={{ height: DETAIL.nameHeight, fontWeight: name.weight }}>{detail.name}</figcaption>
    </figure>
  );
}
