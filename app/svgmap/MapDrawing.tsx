/**
 * The map's layers as SVG, a pure function of the data and the view: drawn live by SvgMap
 * and to a file at build time (the static image). Layer order, fills, hatches and line
 * styles follow the MapLibre layers; all styling is in attributes so the file stands alone.
 */
import type { Ref } from 'react';
import type { GeoData, RegionFeature } from '../geo/schema.ts';
import { MAJOR_CITIES } from '../map/labels.ts';
import { DASH } from '../map/legend.ts';
import { hatches, palette } from '../map/palette.ts';
import { project, svgPath, type ViewBox } from './projection.ts';

const COUNTRY_FILL: Record<string, string> = {
  russia: palette.russia,
  ukraine: palette.ukraine,
  georgia: palette.georgia,
};

const HATCH_OF: Record<string, string> = {
  annexed: 'hatch-annexed',
  breakaway: 'hatch-breakaway',
  'separatist-held': 'hatch-separatist',
};

/** Bottom to top, as the MapLibre layers are ordered. */
const KIND_ORDER = ['country', 'region', 'separatist-held', 'annexed', 'breakaway'];

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
const INK = '#1a1a1a';

function fillOf(f: RegionFeature): string {
  const { kind, id } = f.properties;
  if (kind === 'country') return COUNTRY_FILL[id] ?? palette.neighbour;
  if (kind === 'region') return palette.donbass;
  return `url(#svg-${HATCH_OF[kind]})`;
}

export interface Paths {
  regions: { f: RegionFeature; d: string }[];
  borders: string[];
}

/** The SVG paths of every layer, computed once per data set. */
export function pathsOf(geo: GeoData): Paths {
  return {
    regions: [...geo.regions.features]
      .sort((a, b) => KIND_ORDER.indexOf(a.properties.kind) - KIND_ORDER.indexOf(b.properties.kind))
      .map((f) => ({ f, d: svgPath(f.geometry) })),
    borders: geo.borders.features.map((f) => svgPath(f.geometry)),
  };
}

export interface MapDrawingProps {
  geo: GeoData;
  paths: Paths;
  view: ViewBox;
  width?: number | string;
  height?: number | string;
  highlighted?: readonly string[];
  hovered?: string | null;
  label: string;
  descriptionId?: string;
  svgRef?: Ref<SVGSVGElement>;
}

export function MapDrawing({
  geo,
  paths,
  view,
  width,
  height,
  highlighted = [],
  hovered = null,
  label,
  descriptionId,
  svgRef,
}: MapDrawingProps) {
  const px = (n: number) => n / view.scale;
  const { regions, borders } = paths;
  const outline = (key: string, d: string, stroke: string, w: number, dash?: number[]) => (
    <path
      key={key}
      d={d}
      fill="none"
      stroke={stroke}
      strokeWidth={px(w)}
      strokeDasharray={dash?.map((n) => px(n * w)).join(' ')}
      strokeLinejoin="round"
    />
  );
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
    >
      <defs>
        {hatches.map((h) => (
          <pattern
            key={h.id}
            id={`svg-${h.id}`}
            width={px(h.spacing)}
            height={px(h.spacing)}
            patternUnits="userSpaceOnUse"
          >
            <path
              d={
                h.direction === 'rising'
                  ? `M0 ${px(h.spacing)} L${px(h.spacing)} 0`
                  : `M0 0 L${px(h.spacing)} ${px(h.spacing)}`
              }
              stroke={h.color}
              strokeWidth={px(1.25)}
            />
          </pattern>
        ))}
      </defs>
      <rect x={view.x} y={view.y} width={view.width} height={view.height} fill={palette.sea} />
      {regions.map(({ f, d }) => (
        <path
          key={f.id}
          d={d}
          data-region-id={f.id}
          fill={fillOf(f)}
          // Overlays readers cannot select (Abkhazia, the separatist-held area) let clicks
          // through to the region beneath, as on the MapLibre map.
          pointerEvents={!f.properties.clickable && f.properties.kind !== 'country' ? 'none' : undefined}
          cursor={f.properties.clickable ? 'pointer' : undefined}
        />
      ))}
      <g pointerEvents="none">
        {regions
          .filter(({ f }) => highlighted.includes(f.id))
          .map(({ f, d }) => (
            <path key={f.id} d={d} fill={palette.selectedFill} fillOpacity={0.18} />
          ))}
        {borders.map((d, i) => outline(`border-${i}`, d, palette.border, 1))}
        {regions
          .filter(({ f }) => f.properties.kind !== 'country')
          .map(({ f, d }) =>
            outline(
              `claim-${f.id}`,
              d,
              palette.claim,
              1.2,
              f.properties.kind === 'region' ? DASH.region : DASH.claim,
            ),
          )}
        {regions
          .filter(({ f }) => f.id === hovered)
          .map(({ f, d }) => outline(`hover-${f.id}`, d, palette.hover, 2))}
        {regions
          .filter(({ f }) => highlighted.includes(f.id))
          .map(({ f, d }) => outline(`selected-${f.id}`, d, palette.selected, 3))}
        {geo.places.features
          .filter((p) => p.properties.kind === 'city')
          .map((p) => {
            const [x, y] = project(...p.geometry.coordinates);
            return (
              <circle
                key={p.id}
                cx={x}
                cy={y}
                r={px(3.5)}
                fill={palette.city}
                stroke="#ffffff"
                strokeWidth={px(1.5)}
              />
            );
          })}
        <Labels geo={geo} px={px} detail={view.scale >= 2 ** 5} />
      </g>
    </svg>
  );
}

/** The same names as the MapLibre map's labels, scaled to stay the same size on screen. */
function Labels({ geo, px, detail }: { geo: GeoData; px: (n: number) => number; detail: boolean }) {
  const text = (
    key: string,
    label: string,
    [lon, lat]: [number, number],
    style: { weight?: number; italic?: boolean; color?: string; spacing?: number },
    dx: number,
    dy: number,
    anchor: 'start' | 'middle',
  ) => {
    const [x, y] = project(lon, lat);
    return (
      <text
        key={key}
        x={x + px(dx)}
        y={y + px(dy)}
        textAnchor={anchor}
        fontFamily={FONT}
        fontSize={px(13)}
        fontWeight={style.weight ?? 400}
        fontStyle={style.italic ? 'italic' : undefined}
        letterSpacing={style.spacing ? px(style.spacing) : undefined}
        fill={style.color ?? INK}
        stroke="#ffffff"
        strokeWidth={px(3)}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {label}
      </text>
    );
  };
  return (
    <g className="svg-labels">
      {geo.regions.features
        .filter((f) => f.properties.clickable)
        .map(({ id, properties: p }) =>
          p.kind === 'country'
            ? text(id, p.name.toUpperCase(), p.label, { weight: 600, spacing: 1 }, 0, 14, 'middle')
            : text(id, p.name, p.label, { weight: 700 }, 0, -5, 'middle'),
        )}
      {geo.places.features
        .filter((p) => p.properties.kind === 'sea' || detail || MAJOR_CITIES.has(p.properties.id))
        .map(({ id, properties: p, geometry }) =>
          p.kind === 'sea'
            ? text(id, p.name, geometry.coordinates, { italic: true, color: '#1d4f6e' }, 0, 4, 'middle')
            : text(id, p.name, geometry.coordinates, {}, 7, 4, 'start'),
        )}
    </g>
  );
}
