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
  type HatchId,
  KIND_ORDER,
  LINES,
  type LineStyle,
  SELECTED_FILL,
} from '../cartography/style.ts';

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

const hatchLayerId = (hatch: HatchId) => hatch;

/** The fill layers, in the specification's kind order: these are what a pointer can hit. */
function fills(palette: Palette): LayerSpecification[] {
  return KIND_ORDER.map((kind): LayerSpecification => {
    const hatch = HATCH_OF_KIND[kind];
    if (hatch) {
      return {
        id: hatchLayerId(hatch),
        type: 'fill',
        source: REGION_SOURCE,
        filter: byKind(kind),
        paint: { 'fill-pattern': hatch },
      };
    }
    const colour: ExpressionSpecification | string =
      kind === 'country'
        ? ([
            'match',
            ['get', 'id'],
            ...COLOURED_COUNTRIES.flatMap(([id, c]) => [id, palette[c]]),
            palette.neighbour,
          ] as unknown as ExpressionSpecification)
        : palette.donbass;
    return {
      id: `${kind}-fill`,
      type: 'fill',
      source: REGION_SOURCE,
      filter: byKind(kind),
      paint: { 'fill-color': colour },
    };
  });
}

/** Layers whose features a pointer can hit, top first (the order queryRenderedFeatures uses). */
export const HIT_LAYERS: readonly string[] = KIND_ORDER.map((kind) => {
  const hatch = HATCH_OF_KIND[kind];
  return hatch ? hatchLayerId(hatch) : `${kind}-fill`;
}).reverse();

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
