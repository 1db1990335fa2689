/**
 * SVG path data in Web Mercator as MapLibre draws it (cartography/mercator.ts), so the two
 * maps place every point alike. Planar on purpose: the published rings follow RFC 7946 winding, which
 * d3's spherical polygons would read inside out.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Camera } from '../../cartography/framing.ts';
import { project, settle } from '../../cartography/mercator.ts';

type Drawn = Polygon | MultiPolygon | LineString | MultiLineString;

/** The level of detail a drawing at `scale` screen pixels per unit shows: 2^level ≤ scale. */
export function detailLevel(scale: number): number {
  return Math.max(0, Math.floor(Math.log2(scale)));
}

/** Full detail: every point, to 0.001 unit (0.26 px at zoom 8, finer than the map ever draws). */
const FULL = -1;

/** The points of a line that stay within `tolerance` of it, ends kept (Douglas–Peucker). */
function simplified(points: [number, number][], tolerance: number): [number, number][] {
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const spans: [number, number][] = [[0, points.length - 1]];
  while (spans.length > 0) {
    const [a, b] = spans.pop() ?? [0, 0];
    const [ax, ay] = points[a] ?? [0, 0];
    const [bx, by] = points[b] ?? [0, 0];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let far = -1;
    let farthest = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i] ?? [0, 0];
      const distance =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / length;
      if (distance > farthest) {
        farthest = distance;
        far = i;
      }
    }
    if (far > 0) {
      keep[far] = 1;
      spans.push([a, far], [far, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * One line or ring as path data; a ring drops its closing point and closes with Z, as d3
 * does. At a level of detail, points within 0.35 of a screen pixel of the simplified line are
 * left out, coordinates are written to a quarter pixel at most, and a ring that shrinks below
 * a triangle (an islet under a pixel) is left out.
 */
function pathOf(points: readonly (readonly number[])[], ring: boolean, level: number): string {
  const projected = points.map(([lon, lat]) => project(lon ?? 0, lat ?? 0));
  const kept = level === FULL ? projected : simplified(projected, 0.35 * 2 ** -level);
  if (level !== FULL && ring && kept.length < 4) return '';
  const factor = 10 ** (level === FULL ? 3 : Math.min(3, Math.ceil(Math.log10(2 ** (level + 2)))));
  const write = (n: number) => Math.round(n * factor) / factor;
  let d = '';
  const end = ring ? kept.length - 1 : kept.length;
  for (let i = 0; i < end; i++) {
    const [x, y] = kept[i] ?? [0, 0];
    d += `${i ? 'L' : 'M'}${write(x)},${write(y)}`;
  }
  return ring ? `${d}Z` : d;
}

/**
 * The SVG path of a line or polygon geometry for a drawing at a level of detail
 * (`detailLevel` of its scale): what a screen shows at that scale, in a fraction of the full
 * path's bytes (the built page's drawing is most of its HTML). In full detail, byte for byte
 * what d3-geo's geoPath writes through the same projection (a test holds it to that), in a
 * few lines instead of d3's stream machinery.
 */
export function svgPathAt(geometry: Drawn, level: number): string {
  switch (geometry.type) {
    case 'LineString':
      return pathOf(geometry.coordinates, false, level);
    case 'MultiLineString':
      return geometry.coordinates.map((line) => pathOf(line, false, level)).join('');
    case 'Polygon':
      return geometry.coordinates.map((ring) => pathOf(ring, true, level)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((rings) => rings.map((ring) => pathOf(ring, true, level))).join('');
  }
}

/** The full-detail path: the static image's. */
export const svgPath = (geometry: Drawn): string => svgPathAt(geometry, FULL);

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Screen pixels per unit: 2^zoom. */
  scale: number;
}

/** The viewBox that shows what a MapLibre map of this size shows with this camera. */
export function viewBoxFor(camera: Camera, width: number, height: number): ViewBox {
  const [cx, cy] = project(...camera.center);
  const scale = settle(2 ** camera.zoom);
  const vw = width / scale;
  const vh = height / scale;
  return { x: cx - vw / 2, y: cy - vh / 2, width: vw, height: vh, scale };
}
