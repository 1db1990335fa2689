/**
 * The same layers as the MapLibre map, drawn as SVG with d3-geo: the first view before
 * MapLibre loads, and the whole map where WebGL is missing. Same projection, same framing,
 * same selection (it follows the store), same click rules: the topmost selectable region
 * under the pointer is selected, anywhere else clears.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { GeoData, RegionFeature } from '../geo/schema.ts';
import { frameFor } from '../map/camera.ts';
import { DETAIL_ZOOM, MAJOR_CITIES } from '../map/labels.ts';
import { DASH } from '../map/legend.ts';
import { hatches, palette } from '../map/palette.ts';
import { highlightedRegionIds } from '../state/selectors.ts';
import { store, useExplainer } from '../state/store.ts';
import { project, svgPath, viewBoxFor } from './projection.ts';

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

function fillOf(f: RegionFeature): string {
  const { kind, id } = f.properties;
  if (kind === 'country') return COUNTRY_FILL[id] ?? palette.neighbour;
  if (kind === 'region') return palette.donbass;
  return `url(#svg-${HATCH_OF[kind]})`;
}

function useSize(ref: React.RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.contentRect;
      if (box && box.width > 0 && box.height > 0) setSize({ width: box.width, height: box.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** The selectable region an event hit, or null: the SVG twin of the MapLibre adapter's regionAt. */
function regionAt(event: Event, geo: GeoData): string | null {
  const id = (event.target as Element | null)?.closest?.('[data-region-id]')?.getAttribute('data-region-id');
  const feature = id ? geo.regions.features.find((f) => f.id === id) : undefined;
  return feature?.properties.clickable ? feature.id : null;
}

/** Pointer events to store actions, as the MapLibre adapter's table does. */
function usePointer(svg: React.RefObject<SVGSVGElement | null>, geo: GeoData, mounted: boolean): void {
  useEffect(() => {
    const element = svg.current;
    if (!element || !mounted) return;
    const handlers: Record<string, (e: Event) => void> = {
      click: (e) => {
        const id = regionAt(e, geo);
        if (id) store.getState().selectRegion(id);
        else store.getState().clearSelection();
      },
      pointermove: (e) => store.getState().hoverRegion(regionAt(e, geo)),
      pointerleave: () => store.getState().hoverRegion(null),
    };
    for (const [type, handle] of Object.entries(handlers)) element.addEventListener(type, handle);
    return () => {
      for (const [type, handle] of Object.entries(handlers)) element.removeEventListener(type, handle);
    };
  }, [svg, geo, mounted]);
}

export function SvgMap({ geo, label, description }: { geo: GeoData; label: string; description: string }) {
  const container = useRef<HTMLDivElement>(null);
  const size = useSize(container);
  const highlighted = useExplainer((s) => highlightedRegionIds(s).join(','));
  const hovered = useExplainer((s) => s.hoveredRegionId);

  const regions = useMemo(
    () =>
      [...geo.regions.features]
        .sort((a, b) => KIND_ORDER.indexOf(a.properties.kind) - KIND_ORDER.indexOf(b.properties.kind))
        .map((f) => ({ f, d: svgPath(f.geometry) })),
    [geo],
  );
  const borders = useMemo(() => geo.borders.features.map((f) => svgPath(f.geometry)), [geo]);

  const ids = highlighted ? highlighted.split(',') : [];
  const view = size ? viewBoxFor(frameFor(geo, ids, size.width, size.height), size.width, size.height) : null;
  const px = (n: number) => n / (view?.scale ?? 1);

  const svg = useRef<SVGSVGElement>(null);
  const drawn = view !== null;
  usePointer(svg, geo, drawn);
  // The first view is usable: the map is drawn, the list and panel are live, the URL is read.
  useEffect(() => {
    if (drawn) document.documentElement.dataset.viewReady = 'true';
  }, [drawn]);
  // Overlays readers cannot select (Abkhazia, the separatist-held area) let clicks through
  // to the region beneath, as on the MapLibre map.
  const passThrough = (f: RegionFeature) => !f.properties.clickable && f.properties.kind !== 'country';

  return (
    <div ref={container} className="svg-map" data-svg-map="true" tabIndex={-1}>
      {view && (
        <svg
          viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
          role="img"
          aria-label={label}
          aria-describedby="map-description"
          ref={svg}
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
                <rect width={px(h.spacing)} height={px(h.spacing)} fill="transparent" />
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
              pointerEvents={passThrough(f) ? 'none' : undefined}
              cursor={f.properties.clickable ? 'pointer' : undefined}
            />
          ))}
          <g pointerEvents="none" fill="none" vectorEffect="non-scaling-stroke">
            {regions
              .filter(({ f }) => ids.includes(f.id))
              .map(({ f, d }) => (
                <path key={f.id} d={d} fill={palette.selectedFill} fillOpacity={0.18} />
              ))}
            {borders.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: border lines have no ids and never reorder
              <path key={i} d={d} stroke={palette.border} strokeWidth={1} vectorEffect="non-scaling-stroke" />
            ))}
            {regions
              .filter(({ f }) => f.properties.kind !== 'country')
              .map(({ f, d }) => (
                <path
                  key={f.id}
                  d={d}
                  stroke={palette.claim}
                  strokeWidth={1.2}
                  strokeDasharray={(f.properties.kind === 'region' ? DASH.region : DASH.claim)
                    .map((n) => n * 1.2)
                    .join(' ')}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
            {regions
              .filter(({ f }) => f.id === hovered)
              .map(({ f, d }) => (
                <path
                  key={f.id}
                  d={d}
                  stroke={palette.hover}
                  strokeWidth={2}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
            {regions
              .filter(({ f }) => ids.includes(f.id))
              .map(({ f, d }) => (
                <path
                  key={f.id}
                  d={d}
                  stroke={palette.selected}
                  strokeWidth={3}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
          </g>
          <SvgLabels geo={geo} px={px} detail={view.scale >= 2 ** DETAIL_ZOOM} />
          <g pointerEvents="none">
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
          </g>
        </svg>
      )}
      <p id="map-description" className="visually-hidden">
        {description}
      </p>
    </div>
  );
}

/** The same names as the MapLibre map's labels, scaled to stay the same size on screen. */
function SvgLabels({ geo, px, detail }: { geo: GeoData; px: (n: number) => number; detail: boolean }) {
  const text = (
    key: string,
    label: string,
    [lon, lat]: [number, number],
    className: string,
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
        fontSize={px(13)}
        strokeWidth={px(3)}
        className={className}
      >
        {label}
      </text>
    );
  };
  return (
    <g className="svg-labels" pointerEvents="none">
      {geo.regions.features
        .filter((f) => f.properties.clickable)
        .map(({ id, properties: p }) =>
          text(
            id,
            p.kind === 'country' ? p.name.toUpperCase() : p.name,
            p.label,
            `svg-label--${p.kind}`,
            0,
            p.kind === 'country' ? 14 : -5,
            'middle',
          ),
        )}
      {geo.places.features
        .filter((p) => p.properties.kind === 'sea' || detail || MAJOR_CITIES.has(p.properties.id))
        .map(({ id, properties: p, geometry }) =>
          p.kind === 'sea'
            ? text(id, p.name, geometry.coordinates, 'svg-label--sea', 0, 4, 'middle')
            : text(id, p.name, geometry.coordinates, 'svg-label--city', 7, 4, 'start'),
        )}
    </g>
  );
}
