/**
 * The map's layers as SVG, a pure function of the data, the view and the palette: drawn live
 * by SvgMap and to a file at build time (the static image). Everything it draws (order,
 * fills, hatches, lines, dots, labels) comes from the map specification in cartography/.
 */
import { type Ref, useMemo } from 'react';
import { type Measure, type PlacedLabel, placeLabels, type Viewport } from '../cartography/labels.ts';
import { project, unproject } from '../cartography/mercator.ts';
import type { Palette } from '../cartography/palette.ts';
import {
  CITY_DOT,
  HATCHES,
  KIND_ORDER,
  LABEL_FONT,
  LABEL_HALO,
  LABELS,
  LINES,
  type LineStyle,
  outlineOf,
  regionPaint,
  SELECTED_FILL,
} from '../cartography/style.ts';
import type { GeoData, RegionFeature } from '../geo/schema.ts';
import { HatchPattern } from './HatchPattern.tsx';
import { svgPathAt, type ViewBox } from './projection.ts';

const patternId = (hatch: string) => `svg-${hatch}`;

const LABELS_CLASS = 'svg-labels';

function fillOf(f: RegionFeature, palette: Palette): string {
  const paint = regionPaint(f.properties);
  return 'hatch' in paint ? `url(#${patternId(paint.hatch)})` : palette[paint.colour];
}

interface Paths {
  regions: { f: RegionFeature; d: string }[];
  borders: string[];
}

/**
 * Path data by geometry and level of detail: a point of view renames and repaints regions but
 * shares their shapes, and a view at the same level shares its paths.
 */
const drawn = new WeakMap<
  RegionFeature['geometry'] | GeoData['borders']['features'][number]['geometry'],
  Map<number, string>
>();
/** Full detail (projection.ts): the static image's. */
const FULL = -1;
type Shape = RegionFeature['geometry'] | GeoData['borders']['features'][number]['geometry'];

function levelsOf(geometry: Shape): Map<number, string> {
  let byLevel = drawn.get(geometry);
  if (!byLevel) {
    byLevel = new Map();
    drawn.set(geometry, byLevel);
  }
  return byLevel;
}

function pathOf(geometry: Shape, level: number): string {
  const byLevel = levelsOf(geometry);
  let d = byLevel.get(level);
  if (d === undefined) {
    d = svgPathAt(geometry, level);
    byLevel.set(level, d);
  }
  return d;
}

/**
 * Takes a drawing already in the page at this level (the built one: what this code wrote in
 * the build, from the same files, as the page's fingerprints showed) instead of computing it
 * again while the page hydrates: its paths go into the cache (on a phone, computing them was
 * most of the map's share), and its names are returned as they are.
 */
export function adoptDrawing(geo: GeoData, level: number, svg: Element): string | undefined {
  for (const f of geo.regions.features) {
    const d = svg.querySelector(`path[data-region-id="${f.id}"]`)?.getAttribute('d');
    if (d != null) levelsOf(f.geometry).set(level, d);
  }
  const borders = svg.querySelectorAll('[data-borders] > path');
  geo.borders.features.forEach((f, i) => {
    const d = borders[i]?.getAttribute('d');
    if (d != null) levelsOf(f.geometry).set(level, d);
  });
  return svg.querySelector(`.${LABELS_CLASS}`)?.innerHTML;
}

/**
 * The SVG paths of every layer, bottom to top: in full (the static image), or at a level of
 * detail for a view (`detailLevel` of its scale: the live map).
 */
export function pathsOf(geo: GeoData, level = FULL): Paths {
  return {
    regions: [...geo.regions.features]
      .sort((a, b) => KIND_ORDER.indexOf(a.properties.kind) - KIND_ORDER.indexOf(b.properties.kind))
      .map((f) => ({ f, d: pathOf(f.geometry, level) })),
    borders: geo.borders.features.map((f) => pathOf(f.geometry, level)),
  };
}

interface MapDrawingProps {
  geo: GeoData;
  paths: Paths;
  view: ViewBox;
  palette: Palette;
  width?: number | string;
  height?: number | string;
  highlighted?: readonly string[];
  hovered?: string | null;
  label: string;
  descriptionId?: string;
  svgRef?: Ref<SVGSVGElement>;
  /** The live map is one Tab stop (focusing it brings in the interactive map); the image is not. */
  focusable?: boolean;
  /** How wide names are: the browser measures them; the static image estimates. */
  measure: Measure;
  /** Names already placed, and the view they were placed in; placed here when not given. */
  labels?: PlacedNames;
  /**
   * The names as the built page drew them, taken as they are while the page hydrates (placing
   * them again by the build's estimate would only reproduce them): SvgMap reads them.
   */
  builtLabels?: string;
}

export interface PlacedNames {
  view: ViewBox;
  placed: PlacedLabel[];
}

/** The screen of a drawing: its view box scaled to pixels, as the label placement sees it. */
export function viewportOf(view: ViewBox): Viewport {
  return {
    width: view.width * view.scale,
    height: view.height * view.scale,
    project: ([lon, lat]) => {
      const [x, y] = project(lon, lat);
      return [(x - view.x) * view.scale, (y - view.y) * view.scale];
    },
    unproject: ([x, y]) => unproject(view.x + x / view.scale, view.y + y / view.scale),
  };
}

export function MapDrawing({
  geo,
  paths,
  view,
  palette,
  width,
  height,
  highlighted = [],
  hovered = null,
  label,
  descriptionId,
  svgRef,
  focusable = false,
  measure,
  labels,
  builtLabels,
}: MapDrawingProps) {
  const px = (n: number) => n / view.scale;
  const { regions, borders } = paths;
  const line = (key: string, d: string, style: LineStyle) => (
    <path
      key={key}
      d={d}
      fill="none"
      stroke={palette[style.colour]}
      strokeWidth={px(style.width)}
      strokeDasharray={style.dash?.map((n) => px(n * style.width)).join(' ')}
      strokeLinejoin="round"
    />
  );
  // Names placed by the caller (the live map places them after the panel has painted), or
  // here (the static image).
  const computed = useMemo(
    () =>
      labels || builtLabels !== undefined
        ? null
        : { view, placed: placeLabels(geo, viewportOf(view), measure, { highlighted }) },
    [labels, builtLabels, geo, view, measure, highlighted],
  );
  const names = labels ?? computed;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      aria-describedby={descriptionId}
      ref={svgRef}
      tabIndex={focusable ? 0 : undefined}
    >
      <defs>
        {HATCHES.map((h) => (
          <HatchPattern key={h.id} id={patternId(h.id)} spec={h} palette={palette} unit={px(1)} />
        ))}
      </defs>
      <rect x={view.x} y={view.y} width={view.width} height={view.height} fill={palette.sea} />
      {regions.map(({ f, d }) => (
        <path
          key={f.id}
          d={d}
          data-region-id={f.id}
          fill={fillOf(f, palette)}
          cursor={f.properties.clickable ? 'pointer' : undefined}
        />
      ))}
      <g pointerEvents="none">
        {regions
          .filter(({ f }) => highlighted.includes(f.id))
          .map(({ f, d }) => (
            <path
              key={f.id}
              d={d}
              data-selected-fill={f.id}
              fill={palette[SELECTED_FILL.colour]}
              fillOpacity={SELECTED_FILL.opacity}
            />
          ))}
        <g data-borders="">{borders.map((d, i) => line(`border-${i}`, d, LINES.border))}</g>
        {regions.map(({ f, d }) => {
          const outline = outlineOf(f.properties);
          return outline && line(`outline-${f.id}`, d, outline);
        })}
        {regions
          .filter(({ f }) => f.id === hovered)
          .map(({ f, d }) => (
            <g key={f.id} data-hovered={f.id}>
              {line(`hover-${f.id}`, d, LINES.hover)}
            </g>
          ))}
        <g data-selected-outline="">
          {regions
            .filter(({ f }) => highlighted.includes(f.id))
            .map(({ f, d }) => (
              <g key={f.id} data-selected={f.id}>
                {line(`selected-${f.id}`, d, LINES.selected)}
              </g>
            ))}
        </g>
        {geo.places.features
          .filter((p) => p.properties.kind === 'city')
          .map((p) => {
            const [x, y] = project(...p.geometry.coordinates);
            return (
              <circle
                key={p.id}
                cx={x}
                cy={y}
                r={px(CITY_DOT.radius)}
                fill={palette[CITY_DOT.colour]}
                stroke={palette[CITY_DOT.ring.colour]}
                strokeWidth={px(CITY_DOT.ring.width)}
              />
            );
          })}
        {builtLabels !== undefined ? (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: the built page's own names, read from it as they are.
          <g key="built" className={LABELS_CLASS} dangerouslySetInnerHTML={{ __html: builtLabels }} />
        ) : (
          // Names placed for another view (the one before a reframing, until they are placed
          // again) would show at that view's size: none for that moment instead.
          names &&
          sameView(names.view, view) && (
            <Labels key="placed" labels={names.placed} view={names.view} palette={palette} />
          )
        )}
      </g>
    </svg>
  );
}

const sameView = (a: ViewBox, b: ViewBox) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.scale === b.scale;

/** The names the placement chose, centred in their boxes, scaled to stay the same size on screen. */
function Labels({ labels, view, palette }: { labels: PlacedLabel[]; view: ViewBox; palette: Palette }) {
  const px = (n: number) => n / view.scale;
  return (
    <g className={LABELS_CLASS}>
      {labels.map(({ id, lines, lineHeight, kind, box }) => {
        const style = LABELS[kind];
        const x = view.x + px((box[0] + box[2]) / 2);
        // The first line's middle; each next line one line height below it.
        const y = view.y + px((box[1] + box[3]) / 2 - ((lines.length - 1) * lineHeight) / 2);
        return (
          <text
            key={id}
            data-label={id}
            x={x}
            y={y}
            dy={lines.length === 1 ? '0.35em' : undefined}
            textAnchor="middle"
            fontFamily={LABEL_FONT}
            fontSize={px(style.size)}
            fontWeight={style.weight}
            fontStyle={style.italic ? 'italic' : undefined}
            letterSpacing={style.spacing ? px(style.spacing) : undefined}
            fill={palette[style.colour]}
            stroke={palette.halo}
            strokeWidth={px(LABEL_HALO)}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {lines.length === 1
              ? lines[0]
              : lines.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a name's lines are fixed, in order
                  <tspan key={i} x={x} dy={i === 0 ? '0.35em' : px(lineHeight)}>
                    {line}
                  </tspan>
                ))}
          </text>
        );
      })}
    </g>
  );
}
