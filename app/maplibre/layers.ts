/**
 * The MapLibre layers, generated from the map specification (cartography/style.ts) for one
 * palette, bottom to top. Only feature-state (hover, selection) changes them at run time.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Palette } from '../cartography/palette.ts';
import {
  CITY_DOT,
  COLOURED_COUNTRIES,
  HATCH_OF_KIND,
  KIND_ORDER,
  LINES,
  type LineStyle,
  regionPaint,
  SELECTED_FILL,
} from '../cartography/style.ts';
import type { RegionKind } from '../geo/schema.ts';

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

/** The fill layer of a region kind (a hatch's layer is named after the hatch): what a pointer hits. */
const fillLayerId = (kind: RegionKind): string => HATCH_OF_KIND[kind] ?? `${kind}-fill`;

/** A kind's fill as MapLibre paint: its hatch, or its colour (per country, for countries). */
function fillPaint(kind: RegionKind, palette: Palette): LayerSpecification['paint'] {
  const paint = regionPaint({ kind, id: '' });
  if ('hatch' in paint) return { 'fill-pattern': paint.hatch };
  if (kind !== 'country') return { 'fill-color': palette[paint.colour] };
  const byCountry = ['match', ['get', 'id'], ...COLOURED_COUNTRIES.flatMap(([id, c]) => [id, palette[c]])];
  return { 'fill-color': [...byCountry, palette[paint.colour]] as unknown as ExpressionSpecification };
}

/** The fill layers, in the specification's kind order: these are what a pointer can hit. */
function fills(palette: Palette): LayerSpecification[] {
  return KIND_ORDER.map(
    (kind) =>
      ({
        id: fillLayerId(kind),
        type: 'fill',
        source: REGION_SOURCE,
        filter: byKind(kind),
        paint: fillPaint(kind, palette),
      }) as LayerSpecification,
  );
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
    line('region-outline', LINES.region, palette, { filter: byKind('region') }),
    line('claim-outline', LINES.claim, palette, {
      filter: byKind(...KIND_ORDER.filter((k) => k !== 'country' && k !== 'region')),
    }),
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
