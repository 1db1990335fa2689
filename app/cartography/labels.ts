/**
 * Where the map's names go, for every renderer: which names show, on which side of their
 * point, so that no two overlap, none covers a city dot and none is cut by the map's edge.
 * Greedy placement by priority (the selected region, the countries, the regions, capitals,
 * cities, seas), trying each name's positions in order; a name that fits nowhere is left
 * out. A region or country whose label point is off screen, or crowded, is named at the
 * point of its visible part farthest from its edges, so every zoomed view names its countries.
 *
 * Renderer-neutral: the renderer passes its projection and a way to measure text (a canvas in
 * the browser, an estimate for the static image) and draws what comes back.
 */

import type { GeoData, RegionFeature } from '../geo/schema.ts';
import { furnitureFor } from './furniture.ts';
import {
  CITY_DOT,
  LABEL_HALO,
  LABEL_LINE_EMS,
  LABEL_LINES,
  LABELS,
  type LabelKind,
  labelKindOfRegion,
} from './style.ts';

export type Anchor = 'center' | 'above' | 'below' | 'right' | 'left';

/** [left, top, right, bottom] in screen pixels. */
export type Box = readonly [number, number, number, number];

export interface Viewport {
  width: number;
  height: number;
  project: (lngLat: readonly [number, number]) => [number, number];
  unproject: (point: readonly [number, number]) => [number, number];
}

/** The width and height of a name as set in its style, in screen pixels. */
export type Measure = (text: string, kind: LabelKind) => { width: number; height: number };

export interface PlacedLabel {
  id: string;
  text: string;
  /** The text as set, line by line (see linesOf); the box is centred on each line. */
  lines: string[];
  /** Each line's height, in pixels. */
  lineHeight: number;
  kind: LabelKind;
  /** Where the name is tied to the map. */
  lngLat: [number, number];
  anchor: Anchor;
  /** The text's box on screen, halo included. */
  box: Box;
}

/** Room kept between a name and the map's edge, and between two names, in pixels. */
export const LABEL_MARGIN = 2;

/** The text a label shows. */
export function labelText(name: string, kind: LabelKind): string {
  return LABELS[kind].upperCase ? name.toUpperCase() : name;
}

/**
 * The places a name may break: after a space (which the break takes) or after a slash (which
 * stays at the line's end). Joined, the pieces give the name back.
 */
function piecesOf(text: string): string[] {
  return text.match(/[^ /]*(?: *\/+ *| +|$)/g)?.filter((piece) => piece !== '') ?? [text];
}

/**
 * A name set in lines no wider than LABEL_LINE_EMS ems, as few as that allows (at most
 * LABEL_LINES). Among the ways to break it into that many, the name's own seams come first
 * (after a comma or a slash, so a two-word name stays whole), then the narrowest widest line.
 * A single word wider than the measure keeps its line: names are never hyphenated.
 */
export function linesOf(text: string, kind: LabelKind, measure: Measure): string[] {
  const limit = LABEL_LINE_EMS * LABELS[kind].size;
  if (measure(text, kind).width <= limit) return [text];
  const pieces = piecesOf(text);
  let best: { lines: string[]; widest: number } | null = null;
  for (let count = 2; count <= Math.min(LABEL_LINES, pieces.length); count++) {
    let fitting: { lines: string[]; widest: number; seamless: number } | null = null;
    for (const lines of splits(pieces, count)) {
      const widest = Math.max(...lines.map((line) => measure(line, kind).width));
      if (!best || widest < best.widest) best = { lines, widest };
      if (widest > limit) continue;
      const seamless = lines.slice(0, -1).filter((line) => !/[,;:/]$/.test(line)).length;
      if (
        !fitting ||
        seamless < fitting.seamless ||
        (seamless === fitting.seamless && widest < fitting.widest)
      )
        fitting = { lines, widest, seamless };
    }
    if (fitting) return fitting.lines;
  }
  return best?.lines ?? [text];
}

/** Every way to cut the pieces into `count` non-empty lines, each trimmed of its breaking space. */
function* splits(pieces: readonly string[], count: number): Generator<string[]> {
  if (count === 1) {
    yield [pieces.join('').trimEnd()];
    return;
  }
  for (let cut = 1; cut <= pieces.length - count + 1; cut++)
    for (const rest of splits(pieces.slice(cut), count - 1))
      yield [pieces.slice(0, cut).join('').trimEnd(), ...rest];
}

/** The box of a `width`×`height` name at point (x, y) set on the given side. */
export function boxAt(
  [x, y]: readonly [number, number],
  anchor: Anchor,
  width: number,
  height: number,
  gap: number,
): Box {
  switch (anchor) {
    case 'center':
      return [x - width / 2, y - height / 2, x + width / 2, y + height / 2];
    case 'above':
      return [x - width / 2, y - gap - height, x + width / 2, y - gap];
    case 'below':
      return [x - width / 2, y + gap, x + width / 2, y + gap + height];
    case 'right':
      return [x + gap, y - height / 2, x + gap + width, y + height / 2];
    case 'left':
      return [x - gap - width, y - height / 2, x - gap, y + height / 2];
  }
}

export const overlaps = (a: Box, b: Box, room = 0): boolean =>
  a[0] < b[2] + room && b[0] < a[2] + room && a[1] < b[3] + room && b[1] < a[3] + room;

const insideView = (b: Box, { width, height }: Viewport): boolean =>
  b[0] >= LABEL_MARGIN &&
  b[1] >= LABEL_MARGIN &&
  b[2] <= width - LABEL_MARGIN &&
  b[3] <= height - LABEL_MARGIN;

/** Whether a point lies inside a polygon (even–odd rule over every ring). */
export function polygonContains(
  geometry: RegionFeature['geometry'],
  [x, y]: readonly [number, number],
): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let inside = false;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/** Spacing of the grid searched for a point inside a region's visible part, in pixels. */
const GRID = 12;

/** How many points inside a region's visible part a name may try. */
const VISIBLE_CANDIDATES = 24;

/**
 * Points of a region's visible part, farthest (in grid steps) from its edges and the map's
 * first; none when none of it is on screen.
 */
export function visiblePointsOf(region: RegionFeature, view: Viewport): [number, number][] {
  const cols = Math.floor(view.width / GRID);
  const rows = Math.floor(view.height / GRID);
  if (cols < 1 || rows < 1) return [];
  // Scanlines through the cell centres: each ring edge crossing a row toggles inside/outside.
  const crossings: number[][] = Array.from({ length: rows }, () => []);
  const polygons =
    region.geometry.type === 'Polygon' ? [region.geometry.coordinates] : region.geometry.coordinates;
  for (const rings of polygons) {
    for (const ring of rings) {
      const points = ring.map((p) => view.project(p));
      for (let i = 1; i < points.length; i++) {
        const [x0, y0] = points[i - 1] as [number, number];
        const [x1, y1] = points[i] as [number, number];
        const first = Math.max(0, Math.ceil(Math.min(y0, y1) / GRID - 0.5));
        const last = Math.min(rows - 1, Math.floor(Math.max(y0, y1) / GRID - 0.5));
        for (let r = first; r <= last; r++) {
          const y = (r + 0.5) * GRID;
          if (y0 > y !== y1 > y) crossings[r]?.push(x0 + ((y - y0) * (x1 - x0)) / (y1 - y0));
        }
      }
    }
  }
  const inside: boolean[] = new Array(rows * cols).fill(false);
  crossings.forEach((xs, r) => {
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil((xs[k] ?? 0) / GRID - 0.5));
      const to = Math.min(cols - 1, Math.floor((xs[k + 1] ?? 0) / GRID - 0.5));
      for (let c = from; c <= to; c++) inside[r * cols + c] = true;
    }
  });
  // Chessboard distance to the nearest cell outside the region or off the map, two passes.
  const depth = inside.map((v) => (v ? Number.POSITIVE_INFINITY : 0));
  const at = (r: number, c: number) =>
    r < 0 || c < 0 || r >= rows || c >= cols ? 0 : (depth[r * cols + c] ?? 0);
  // Forward over the cells that come before each one, then back over those after it.
  for (const step of [1, -1])
    for (let n = 0; n < depth.length; n++) {
      const i = step > 0 ? n : depth.length - 1 - n;
      const r = Math.floor(i / cols);
      const c = i % cols;
      if (depth[i])
        depth[i] = Math.min(
          depth[i] ?? 0,
          1 + Math.min(at(r - step, c - 1), at(r - step, c), at(r - step, c + 1), at(r, c - step)),
        );
    }
  return depth
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d > 0)
    .sort((a, b) => b.d - a.d || a.i - b.i)
    .slice(0, VISIBLE_CANDIDATES)
    .map(({ i }) => view.unproject([((i % cols) + 0.5) * GRID, (Math.floor(i / cols) + 0.5) * GRID]));
}

interface Request {
  id: string;
  /** A country's name must sit on the country: its box's middle and both ends inside it. */
  within?: RegionFeature['geometry'];
  /** Smaller areas are named first among equals: they have fewer places a name fits. */
  area: number;
  text: string;
  kind: LabelKind;
  priority: number;
  /** Where it may be tied, in order; computed only as far as needed. */
  points: () => Iterable<[number, number]>;
}

/** Every name the map may show, most important first. */
function requests(geo: GeoData, view: Viewport, highlighted: readonly string[]): Request[] {
  const regions = geo.regions.features
    .filter((f) => f.properties.clickable)
    .map((f): Request => {
      const kind = labelKindOfRegion(f.properties.kind);
      const priority = highlighted.includes(f.id) ? 0 : kind === 'region' ? 1 : 2;
      return {
        id: f.id,
        ...(kind === 'country' ? { within: f.geometry } : {}),
        area: f.properties.areaKm2,
        text: labelText(f.properties.name, kind),
        kind,
        priority,
        *points() {
          yield f.properties.label;
          yield* visiblePointsOf(f, view);
        },
      };
    });
  const places = geo.places.features.map(({ properties: p, geometry }): Request => {
    const kind: LabelKind = p.kind === 'sea' ? 'sea' : 'city';
    const priority = kind === 'sea' ? 5 : p.capital ? 3 : 4;
    return {
      id: p.id,
      area: 0,
      text: labelText(p.name, kind),
      kind,
      priority,
      points: () => [geometry.coordinates],
    };
  });
  return [...regions, ...places].sort((a, b) => a.priority - b.priority || a.area - b.area);
}

/** The box a city dot takes on screen, ring included. */
function dotBox([x, y]: readonly [number, number]): Box {
  const r = CITY_DOT.radius + CITY_DOT.ring.width;
  return [x - r, y - r, x + r, y + r];
}

export interface LabelOptions {
  highlighted?: readonly string[];
  /** Parts of the map covered by controls (zoom buttons, attribution): names keep clear of them. */
  obstacles?: readonly Box[];
  /** Whether the story steps sit at the map's foot (cartography/furniture.ts). */
  storySteps?: boolean;
}

/**
 * The names to draw in this view and where: none overlapping, none cut, none on a city dot.
 * Most important first; if that leaves a region smaller than a country in view without a
 * name (one small region's name taking its neighbour's only room in a short map), the names are placed
 * again with the nameless ones first, and the placing that names more of them is kept.
 */
export function placeLabels(
  geo: GeoData,
  view: Viewport,
  measure: Measure,
  options: LabelOptions = {},
): PlacedLabel[] {
  const ordered = requests(geo, view, options.highlighted ?? []);
  // The insets and the story steps, where the map shows them, cover their parts of it.
  const furniture = furnitureFor(
    geo,
    options.highlighted ?? [],
    view.width,
    view.height,
    !!options.storySteps,
  );
  const obstacles = [...(options.obstacles ?? []), ...furniture.boxes];
  const first = placeInOrder(geo, view, measure, obstacles, ordered);
  const small = ordered.filter((r) => r.kind === 'region' && r.priority <= 1).map((r) => r.id);
  const named = (placed: PlacedLabel[]) => small.filter((id) => placed.some((l) => l.id === id));
  const nameless = small.filter((id) => !first.some((l) => l.id === id));
  if (nameless.length === 0) return first;
  const inView = nameless.filter((id) => {
    const region = geo.regions.features.find((f) => f.id === id);
    return region ? insideView(dotBox(view.project(region.properties.label)), view) : false;
  });
  if (inView.length === 0) return first;
  const promoted = [
    ...ordered.filter((r) => inView.includes(r.id)),
    ...ordered.filter((r) => !inView.includes(r.id)),
  ];
  const second = placeInOrder(geo, view, measure, obstacles, promoted);
  return named(second).length > named(first).length ? second : first;
}

function placeInOrder(
  geo: GeoData,
  view: Viewport,
  measure: Measure,
  obstacles: readonly Box[],
  ordered: readonly Request[],
): PlacedLabel[] {
  const dots = geo.places.features
    .filter((p) => p.properties.kind === 'city')
    .map((p) => ({ id: p.id, box: dotBox(view.project(p.geometry.coordinates)) }));
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const request of ordered) {
    const style = LABELS[request.kind];
    const lines = linesOf(request.text, request.kind, measure);
    const sizes = lines.map((line) => measure(line, request.kind));
    const lineHeight = sizes[0]?.height ?? 0;
    const width = Math.max(...sizes.map((size) => size.width)) + 2 * LABEL_HALO;
    const height = lineHeight * lines.length;
    const others = dots.filter((d) => d.id !== request.id).map((d) => d.box);
    const onLand = ({ within }: Request, [x0, y0, x1, y1]: Box) => {
      if (!within) return true;
      const y = (y0 + y1) / 2;
      return [x0, (x0 + x1) / 2, x1].every((x) => polygonContains(within, view.unproject([x, y])));
    };
    const fits = (box: Box) =>
      insideView(box, view) &&
      onLand(request, box) &&
      !taken.some((t) => overlaps(box, t, LABEL_MARGIN)) &&
      !others.some((d) => overlaps(box, d, 1));
    let chosen: PlacedLabel | null = null;
    for (const lngLat of request.points()) {
      const point = view.project(lngLat);
      for (const anchor of style.anchors) {
        const box = boxAt(point, anchor, width, height, style.gap);
        if (fits(box)) {
          const { id, text, kind } = request;
          chosen = { id, text, lines, lineHeight, kind, lngLat, anchor, box };
          break;
        }
      }
      if (chosen) break;
    }
    if (chosen) {
      placed.push(chosen);
      taken.push(chosen.box);
    }
  }
  return placed;
}

/**
 * A text width estimate where no browser can measure (the static image): DejaVu Sans, the
 * font it is drawn with, is about this wide per character, in ems; generous, so estimated
 * names never collide.
 */
export function estimateText(text: string, kind: LabelKind): { width: number; height: number } {
  const style = LABELS[kind];
  const em = style.upperCase ? 0.78 : style.weight >= 600 ? 0.68 : 0.62;
  return {
    width: text.length * style.size * em + (style.spacing ?? 0) * Math.max(text.length - 1, 0),
    height: style.size * 1.25,
  };
}
