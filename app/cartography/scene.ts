/**
 * The scene: what the map draws, bottom to top, renderer-neutral. Each renderer is a
 * translation of it, one layer at a time: MapLibre's style (map/maplibre/layers.ts), the SVG
 * drawing (map/svg/MapDrawing.tsx) and, through that, the static image. Neither has a drawing
 * step of its own; `app/map/scene.test.tsx` checks both against it for every route, point of
 * view and theme.
 *
 * What a layer draws is decided here too: `paints(layer, drawing, flags)` says whether a
 * region is in a layer, from the region's drawing (`drawingOf`: its ground, hatch and outline,
 * as the specification paints its data) and its flags (hovered, selected).
 */
import type { RegionFeature, RegionKind } from '../geo/schema.ts';
import {
  CITY_DOT,
  type Colour,
  type ColourOf,
  HATCHES,
  type HatchId,
  type HatchSpec,
  KIND_ORDER,
  LINES,
  type LineStyle,
  outlineOf,
  regionPaint,
  SELECTED_FILL,
} from './style.ts';

/** The kinds of outline a region may get (keys of LINES). */
export type OutlineKey = 'region' | 'claim' | 'border';

/** What a region is drawn with: the fill under everything, a hatch on it, an outline. */
export interface RegionDrawing {
  /** The ground: the region's own colour, or the colour of the country its hatch lies on. */
  fill: Colour;
  hatch: HatchId | null;
  outline: OutlineKey | null;
}

/** The states a reader's gestures give a region. */
export type Flag = 'hover' | 'selected';
export type Flags = Readonly<Partial<Record<Flag, boolean>>>;

export type SceneLayer =
  | { id: 'sea'; type: 'sea'; colour: Colour }
  /** The regions of one kind, on their ground: what a pointer hits. */
  | { id: string; type: 'fill'; kind: RegionKind }
  | { id: HatchId; type: 'hatch'; hatch: HatchSpec }
  /** A translucent colour over the regions whose flag is set. */
  | { id: string; type: 'tint'; flag: Flag; colour: Colour; opacity: number }
  /** The borders between countries (their own lines, not the regions' outlines). */
  | { id: string; type: 'borders'; line: LineStyle }
  | { id: string; type: 'outline'; key: OutlineKey; line: LineStyle }
  /** An outline over the regions whose flag is set. */
  | { id: string; type: 'flagged'; flag: Flag; line: LineStyle }
  | { id: string; type: 'cities'; dot: typeof CITY_DOT }
  /** The names, placed by cartography/labels.ts. */
  | { id: string; type: 'names' };

export const fillLayerId = (kind: RegionKind) => `${kind}-fill`;

const OUTLINE_LAYERS: readonly { id: string; key: OutlineKey }[] = [
  { id: 'region-outline', key: 'region' },
  { id: 'claim-outline', key: 'claim' },
  { id: 'state-outline', key: 'border' },
];

/** The map, bottom to top. */
export const SCENE: readonly SceneLayer[] = [
  { id: 'sea', type: 'sea', colour: 'sea' },
  ...KIND_ORDER.map((kind): SceneLayer => ({ id: fillLayerId(kind), type: 'fill', kind })),
  ...HATCHES.map((hatch): SceneLayer => ({ id: hatch.id, type: 'hatch', hatch })),
  { id: 'selected-fill', type: 'tint', flag: 'selected', ...SELECTED_FILL },
  { id: 'country-border', type: 'borders', line: LINES.border },
  ...OUTLINE_LAYERS.map(({ id, key }): SceneLayer => ({ id, type: 'outline', key, line: LINES[key] })),
  { id: 'hover-outline', type: 'flagged', flag: 'hover', line: LINES.hover },
  { id: 'selected-outline', type: 'flagged', flag: 'selected', line: LINES.selected },
  { id: 'cities', type: 'cities', dot: CITY_DOT },
  { id: 'names', type: 'names' },
];

/** The layers a pointer can hit, top first (the order MapLibre's queryRenderedFeatures takes). */
export const HIT_LAYERS: readonly string[] = SCENE.filter((layer) => layer.type === 'fill')
  .map((layer) => layer.id)
  .reverse();

function outlineKey(properties: Parameters<typeof outlineOf>[0]): OutlineKey | null {
  const outline = outlineOf(properties);
  return OUTLINE_LAYERS.find(({ key }) => LINES[key] === outline)?.key ?? null;
}

/**
 * How the specification draws a region with these properties (a point of view's, if one
 * applies), given the countries' fills (`countryColours` of the data).
 */
export function drawingOf(properties: RegionFeature['properties'], colourOf: ColourOf): RegionDrawing {
  const paint = regionPaint(properties, colourOf);
  const outline = outlineKey(properties);
  return 'hatch' in paint
    ? { fill: paint.ground, hatch: paint.hatch, outline }
    : { fill: paint.colour, hatch: null, outline };
}

/** Whether `layer` draws a region of `kind` with this drawing and these flags. */
export function paints(layer: SceneLayer, kind: RegionKind, drawing: RegionDrawing, flags: Flags): boolean {
  switch (layer.type) {
    case 'fill':
      return layer.kind === kind;
    case 'hatch':
      return drawing.hatch === layer.id;
    case 'outline':
      return drawing.outline === layer.key;
    case 'tint':
    case 'flagged':
      return flags[layer.flag] === true;
    default:
      return false;
  }
}

export interface PaintedRegion<T> {
  region: T;
  drawing: RegionDrawing;
}

/**
 * The regions a layer draws, in the order given (the caller's features, sorted by kind for
 * the fills' stacking), each with its drawing.
 */
export function paintedBy<T extends { id: string; properties: RegionFeature['properties'] }>(
  layer: SceneLayer,
  regions: readonly PaintedRegion<T>[],
  flagsOf: (id: string) => Flags,
): PaintedRegion<T>[] {
  return regions.filter(({ region, drawing }) =>
    paints(layer, region.properties.kind, drawing, flagsOf(region.id)),
  );
}
