/**
 * The MapLibre layers, generated from the map specification (cartography/style.ts) for one
 * palette, bottom to top. Feature-state (hover, selection) and the regions' data (a point of
 * view) change what they show at run time; the layers themselves never change.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Palette } from '../cartography/palette.ts';
import {
  CITY_DOT,
  type Colour,
  HATCH_GROUND,
  HATCHES,
  KIND_ORDER,
  LINES,
  type LineStyle,
  outlineOf,
  regionPaint,
  SELECTED_FILL,
} from '../cartography/style.ts';
import type { RegionFeature, RegionKind, Regions } from '../geo/schema.ts';

export const REGION_SOURCE = 'regions';
export const BORDER_SOURCE = 'borders';
export const PLACE_SOURCE = 'places';

const byKind = (...kinds: string[]): FilterSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const flag = (key: 'hover' | 'selected'): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

function line(
  id: string,
  style: LineStyle,
  palette: Palette,
  extra: Partial<LayerSpecification> = {},
): LayerSpecification {
  return {
    id,
    type: 'line',
    source: REGION_SOURCE,
    paint: {
      'line-color': palette[style.colour],
      'line-width': style.width,
      ...(style.dash ? { 'line-dasharray': [...style.dash] } : {}),
    },
    ...extra,
  } as LayerSpecification;
}

/** Line drawn only where a feature-state flag is set. */
function flaggedLine(
  id: string,
  style: LineStyle,
  key: 'hover' | 'selected',
  palette: Palette,
): LayerSpecification {
  return {
    id,
    type: 'line',
    source: REGION_SOURCE,
    paint: { 'line-color': palette[style.colour], 'line-width': ['case', flag(key), style.width, 0] },
  };
}

/** The fill layer of a region kind: what a pointer hits. */
const fillLayerId = (kind: RegionKind): string => `${kind}-fill`;

/** Which outline a region gets (a key of LINES), or none. */
type OutlineKey = 'region' | 'claim' | 'border' | '';

function outlineKey(f: RegionFeature): OutlineKey {
  const outline = outlineOf(f.properties);
  if (outline === LINES.region) return 'region';
  if (outline === LINES.claim) return 'claim';
  return outline === LINES.border ? 'border' : '';
}

/**
 * The regions as the layers read them: each feature carries what the specification paints
 * it with (`fill`: a palette key, `hatch`: a hatch image or '', `outline`), so the layers
 * stay the same whatever the point of view, and a new view is one setData.
 */
export function regionData(regions: Regions): Regions {
  return {
    ...regions,
    features: regions.features.map((f) => {
      const paint = regionPaint(f.properties);
      const hatch = 'hatch' in paint ? paint.hatch : '';
      const fill: Colour = 'hatch' in paint ? HATCH_GROUND[paint.hatch] : paint.colour;
      return { ...f, properties: { ...f.properties, fill, hatch, outline: outlineKey(f) } };
    }),
  };
}

/** The fill colour a feature's `fill` key names, in this palette. */
function fillColour(palette: Palette): ExpressionSpecification {
  const pairs = Object.entries(palette).flat();
  return ['match', ['get', 'fill'], ...pairs, palette.neighbour] as unknown as ExpressionSpecification;
}

const where = (key: 'hatch' | 'outline', value: string): FilterSpecification => ['==', ['get', key], value];

/** The fill layers, in the specification's kind order (what a pointer can hit), then the hatches over them. */
function fills(palette: Palette): LayerSpecification[] {
  return [
    ...KIND_ORDER.map(
      (kind): LayerSpecification => ({
        id: fillLayerId(kind),
        type: 'fill',
        source: REGION_SOURCE,
        filter: byKind(kind),
        paint: { 'fill-color': fillColour(palette) },
      }),
    ),
    ...HATCHES.map(
      (hatch): LayerSpecification => ({
        id: hatch.id,
        type: 'fill',
        source: REGION_SOURCE,
        filter: where('hatch', hatch.id),
        paint: { 'fill-pattern': hatch.id },
      }),
    ),
  ];
}

/** Layers whose features a pointer can hit, top first (the order queryRenderedFeatures uses). */
export const HIT_LAYERS: readonly string[] = KIND_ORDER.map(fillLayerId).reverse();

export function layersFor(palette: Palette): LayerSpecification[] {
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
    ...fills(palette),
    {
      id: 'selected-fill',
      type: 'fill',
      source: REGION_SOURCE,
      paint: {
        'fill-color': palette[SELECTED_FILL.colour],
        'fill-opacity': ['case', flag('selected'), SELECTED_FILL.opacity, 0],
      },
    },
    { ...line('country-border', LINES.border, palette), source: BORDER_SOURCE } as LayerSpecification,
    line('region-outline', LINES.region, palette, { filter: where('outline', 'region') }),
    line('claim-outline', LINES.claim, palette, { filter: where('outline', 'claim') }),
    line('state-outline', LINES.border, palette, { filter: where('outline', 'border') }),
    flaggedLine('hover-outline', LINES.hover, 'hover', palette),
    flaggedLine('selected-outline', LINES.selected, 'selected', palette),
    {
      id: 'cities',
      type: 'circle',
      source: PLACE_SOURCE,
      filter: ['==', ['get', 'kind'], 'city'],
      paint: {
        'circle-radius': CITY_DOT.radius,
        'circle-color': palette[CITY_DOT.colour],
        'circle-stroke-color': palette[CITY_DOT.ring.colour],
        'circle-stroke-width': CITY_DOT.ring.width,
      },
    },
  ];
}
