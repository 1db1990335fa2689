/**
 * Every layer the map draws, as typed data with fixed ids, bottom to top. Only paint and
 * layout values ever change, and only through the adapter.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { DASH } from './legend.ts';
import { palette } from './palette.ts';

export const REGION_SOURCE = 'regions';
export const BORDER_SOURCE = 'borders';
export const PLACE_SOURCE = 'places';

const byKind = (...kinds: string[]): FilterSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Layers whose features a pointer can hit, top first (the order queryRenderedFeatures uses). */
export const HIT_LAYERS = [
  'hatch-breakaway',
  'hatch-annexed',
  'hatch-separatist',
  'region-fill',
  'country-fill',
];

export const layers: LayerSpecification[] = [
  { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
  {
    id: 'country-fill',
    type: 'fill',
    source: REGION_SOURCE,
    filter: byKind('country'),
    paint: {
      'fill-color': [
        'match',
        ['get', 'id'],
        'russia',
        palette.russia,
        'ukraine',
        palette.ukraine,
        'georgia',
        palette.georgia,
        palette.neighbour,
      ],
    },
  },
  {
    id: 'region-fill',
    type: 'fill',
    source: REGION_SOURCE,
    filter: byKind('region'),
    paint: { 'fill-color': palette.donbass },
  },
  {
    id: 'hatch-separatist',
    type: 'fill',
    source: REGION_SOURCE,
    filter: byKind('separatist-held'),
    paint: { 'fill-pattern': 'hatch-separatist' },
  },
  {
    id: 'hatch-annexed',
    type: 'fill',
    source: REGION_SOURCE,
    filter: byKind('annexed'),
    paint: { 'fill-pattern': 'hatch-annexed' },
  },
  {
    id: 'hatch-breakaway',
    type: 'fill',
    source: REGION_SOURCE,
    filter: byKind('breakaway'),
    paint: { 'fill-pattern': 'hatch-breakaway' },
  },
  {
    id: 'selected-fill',
    type: 'fill',
    source: REGION_SOURCE,
    paint: { 'fill-color': palette.selectedFill, 'fill-opacity': ['case', state('selected'), 0.18, 0] },
  },
  {
    id: 'country-border',
    type: 'line',
    source: BORDER_SOURCE,
    paint: { 'line-color': palette.border, 'line-width': 1 },
  },
  {
    id: 'region-outline',
    type: 'line',
    source: REGION_SOURCE,
    filter: byKind('region'),
    paint: { 'line-color': palette.claim, 'line-width': 1.2, 'line-dasharray': DASH.region },
  },
  {
    id: 'claim-outline',
    type: 'line',
    source: REGION_SOURCE,
    filter: byKind('breakaway', 'annexed', 'separatist-held'),
    paint: { 'line-color': palette.claim, 'line-width': 1.2, 'line-dasharray': DASH.claim },
  },
  {
    id: 'hover-outline',
    type: 'line',
    source: REGION_SOURCE,
    paint: { 'line-color': palette.hover, 'line-width': ['case', state('hover'), 2, 0] },
  },
  {
    id: 'selected-outline',
    type: 'line',
    source: REGION_SOURCE,
    paint: { 'line-color': palette.selected, 'line-width': ['case', state('selected'), 3, 0] },
  },
  {
    id: 'cities',
    type: 'circle',
    source: PLACE_SOURCE,
    filter: ['==', ['get', 'kind'], 'city'],
    paint: {
      'circle-radius': 3.5,
      'circle-color': palette.city,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
];
