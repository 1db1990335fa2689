/**
 * The map as SVG, a pure function of the data, the view and the palette: drawn live by SvgMap
 * and to a file at build time (the static image). It translates the scene
 * (cartography/scene.ts) layer by layer, each a `<g data-layer>` (the sea a rectangle), in the
 * scene's order and with the regions the scene says each layer draws: no drawing of its own.
 */
import { type ReactNode, type Ref, useMemo } from 'react';
import { type Measure, type PlacedLabel, placeLabels, type Viewport } from '../../cartography/labels.ts';
import { project, unproject } from '../../cartography/mercator.ts';
import type { Palette } from '../../cartography/palette.ts';
import { drawingOf, type PaintedRegion, paintedBy, SCENE, type SceneLayer } from '../../cartography/scene.ts';
import {
  countryColours,
  HATCHES,
  KIND_ORDER,
  LABEL_FONT,
  LABEL_HALO,
  LABELS,
  type LineStyle,
} from '../../cartography/style.ts';
import type { GeoData, RegionFeature } from '../../geo/schema.ts';
import { HatchPattern } from './HatchPattern.tsx';
import { svgPathAt, type ViewBox } from './projection.ts';

const patternId = (hatch: string) => `svg-${hatch}`;

const LABELS_CLASS = 'svg-labels';

type DrawnRegion = PaintedRegion<RegionFeature> & { d: string };

interface Paths {
  /** Bottom to top, each with what the specification draws it with. */
  regions: DrawnRegion[];
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
 * The SVG paths of every region, bottom to top, with their drawing, and of the borders: in
 * full (the static image), or at a level of detail for a view (`detailLevel` of its scale:
 * the live map).
 */
export function pathsOf(geo: GeoData, level = FULL): Paths {
  const colourOf = countryColours(geo.regions.features);
  return {
    regions: [...geo.regions.features]
      .sort((a, b) => KIND_ORDER.indexOf(a.properties.kind) - KIND_ORDER.indexOf(b.properties.kind))
      .map((f) => ({ region: f, drawing: drawingOf(f.properties, colourOf), d: pathOf(f.geometry, level) })),
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
  const line = (key: string, d: string, style: LineStyle, of?: string) => (
    <path
      key={key}
      d={d}
      data-of={of}
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
  const flagsOf = (id: string) => ({ hover: id === hovered, selected: highlighted.includes(id) });
  const drawnBy = (layer: SceneLayer) => paintedBy(layer, regions, flagsOf) as DrawnRegion[];
  /** One layer of the scene as SVG: a group named by the layer, or the sea's rectangle. */
  const translate = (layer: SceneLayer) => {
    const group = (children: ReactNode, attributes: Record<string, string> = {}) => (
      <g
        key={layer.id}
        data-layer={layer.id}
        pointerEvents={layer.type === 'fill' ? undefined : 'none'}
        {...attributes}
      >
        {children}
      </g>
    );
    switch (layer.type) {
      case 'sea':
        return (
          <rect
            key={layer.id}
            data-layer={layer.id}
            x={view.x}
            y={view.y}
            width={view.width}
            height={view.height}
            fill={palette[layer.colour]}
          />
        );
      case 'fill':
        return group(
          drawnBy(layer).map(({ region, drawing, d }) => (
            <path
              key={region.id}
              d={d}
              data-region-id={region.id}
              fill={palette[drawing.fill]}
              cursor={region.properties.clickable ? 'pointer' : undefined}
            />
          )),
        );
      case 'hatch':
        return group(
          drawnBy(layer).map(({ region, d }) => (
            <path key={region.id} d={d} data-of={region.id} fill={`url(#${patternId(layer.id)})`} />
          )),
        );
      case 'tint':
        return group(
          drawnBy(layer).map(({ region, d }) => (
            <path
              key={region.id}
              d={d}
              data-selected-fill={region.id}
              fill={palette[layer.colour]}
              fillOpacity={layer.opacity}
            />
          )),
        );
      case 'borders':
        return group(
          borders.map((d, i) => line(`border-${i}`, d, layer.line)),
          { 'data-borders': '' },
        );
      case 'outline':
        return group(drawnBy(layer).map(({ region, d }) => line(region.id, d, layer.line, region.id)));
      case 'flagged': {
        const mark = layer.flag === 'hover' ? 'data-hovered' : 'data-selected';
        return group(
          drawnBy(layer).map(({ region, d }) => (
            <g key={region.id} {...{ [mark]: region.id }}>
              {line(region.id, d, layer.line)}
            </g>
          )),
          layer.flag === 'selected' ? { 'data-selected-outline': '' } : {},
        );
      }
      case 'cities':
        return group(
          geo.places.features
            .filter((p) => p.properties.kind === 'city')
            .map((p) => {
              const [x, y] = project(...p.geometry.coordinates);
              return (
                <circle
                  key={p.id}
                  cx={x}
                  cy={y}
                  r={px(layer.dot.radius)}
                  fill={palette[layer.dot.colour]}
                  stroke={palette[layer.dot.ring.colour]}
                  strokeWidth={px(layer.dot.ring.width)}
                />
              );
            }),
        );
      case 'names':
        return group(
          builtLabels !== undefined ? (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: the built page's own names, read from it as they are.
            <g key="built" className={LABELS_CLASS} dangerouslySetInnerHTML={{ __html: builtLabels }} />
          ) : (
            // Names placed for another view (the one before a reframing, until they are placed
            // again) would show at that view's size: none for that moment instead.
            names && sameView(names.view, view) && (
              <Labels key="placed" labels={names.placed} view={names.view} palette={palette} />
            )
          ),
        );
    }
  };
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
      {SCENE.map(translate)}
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
