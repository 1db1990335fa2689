/**
 * The MapLibre layers: the scene (cartography/scene.ts) translated one layer at a time, for
 * one palette. Feature-state (hover, selection) and the regions' data (a point of view) change
 * what they show at run time; the layers themselves never change. The names are not a layer
 * here: maplibre/nameMarkers.ts sets them as HTML markers, placed by cartography/labels.ts.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Palette } from '../../cartography/palette.ts';
import { drawingOf, type Flag, SCENE, type SceneLayer } from '../../cartography/scene.ts';
import { countryColours, type LineStyle } from '../../cartography/style.ts';
import type { Regions } from '../../geo/schema.ts';

export { HIT_LAYERS } from '../../cartography/scene.ts';

export const REGION_SOURCE = 'regions';
export const BORDER_SOURCE = 'borders';
export const PLACE_SOURCE = 'places';

const flagged = (key: Flag): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const where = (key: 'kind' | 'hatch' | 'outline', value: string): FilterSpecification => [
  '==',
  ['get', key],
  value,
];

function linePaint(
  style: LineStyle,
  palette: Palette,
  width: number | ExpressionSpecification = style.width,
) {
  return {
    'line-color': palette[style.colour],
    'line-width': width,
    ...(style.dash ? { 'line-dasharray': [...style.dash] } : {}),
  };
}

/**
 * The regions as the layers read them: each feature carries its drawing (`fill`: a palette
 * key, `hatch`: a hatch image or '', `outline`: a kind of outline or ''), so the layers stay
 * the same whatever the point of view, and a new view is one setData.
 */
export function regionData(regions: Regions): Regions {
  const colourOf = countryColours(regions.features);
  return {
    ...regions,
    features: regions.features.map((f) => {
      const { fill, hatch, outline } = drawingOf(f.properties, colourOf);
      return { ...f, properties: { ...f.properties, fill, hatch: hatch ?? '', outline: outline ?? '' } };
    }),
  };
}

/** The fill colour a feature's `fill` key names, in this palette. */
function fillColour(palette: Palette): ExpressionSpecification {
  const pairs = Object.entries(palette).flat();
  return ['match', ['get', 'fill'], ...pairs, palette.neighbour] as unknown as ExpressionSpecification;
}

/** One layer of the scene as MapLibre draws it, or null for the names (HTML markers). */
export function translate(layer: SceneLayer, palette: Palette): LayerSpecification | null {
  const { id } = layer;
  switch (layer.type) {
    case 'sea':
      return { id, type: 'background', paint: { 'background-color': palette[layer.colour] } };
    case 'fill':
      return {
        id,
        type: 'fill',
        source: REGION_SOURCE,
        filter: where('kind', layer.kind),
        paint: { 'fill-color': fillColour(palette) },
      };
    case 'hatch':
      return {
        id,
        type: 'fill',
        source: REGION_SOURCE,
        filter: where('hatch', layer.id),
        paint: { 'fill-pattern': layer.id },
      };
    case 'tint':
      return {
        id,
        type: 'fill',
        source: REGION_SOURCE,
        paint: {
          'fill-color': palette[layer.colour],
          'fill-opacity': ['case', flagged(layer.flag), layer.opacity, 0],
        },
      };
    case 'borders':
      return { id, type: 'line', source: BORDER_SOURCE, paint: linePaint(layer.line, palette) };
    case 'outline':
      return {
        id,
        type: 'line',
        source: REGION_SOURCE,
        filter: where('outline', layer.key),
        paint: linePaint(layer.line, palette),
      };
    case 'flagged':
      return {
        id,
        type: 'line',
        source: REGION_SOURCE,
        paint: linePaint(layer.line, palette, ['case', flagged(layer.flag), layer.line.width, 0]),
      };
    case 'cities':
      return {
        id,
        type: 'circle',
        source: PLACE_SOURCE,
        filter: ['==', ['get', 'kind'], 'city'],
        paint: {
          'circle-radius': layer.dot.radius,
          'circle-color': palette[layer.dot.colour],
          'circle-stroke-color': palette[layer.dot.ring.colour],
          'circle-stroke-width': layer.dot.ring.width,
        },
      };
    case 'names':
      return null;
  }
}

/** The scene as MapLibre layers, bottom to top. */
export function layersFor(palette: Palette): LayerSpecification[] {
  return SCENE.flatMap((layer) => translate(layer, palette) ?? []);
}
