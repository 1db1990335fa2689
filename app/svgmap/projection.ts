/**
 * SVG path data in Web Mercator as MapLibre draws it (cartography/mercator.ts), so the two
 * maps place every point alike. Planar on purpose: the published rings follow RFC 7946 winding, which
 * d3's spherical polygons would read inside out.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Camera } from '../cartography/framing.ts';
import { project, settle } from '../cartography/mercator.ts';

/** 0.001 unit at zoom 0 is 0.26 px at zoom 8: finer than the map ever draws. */
const round = (n: number) => Math.round(n * 1000) / 1000;

type Drawn = Polygon | MultiPolygon | LineString | MultiLineString;

/** One line or ring as path data; a ring drops its closing point and closes with Z, as d3 does. */
function pathOf(points: readonly (readonly number[])[], ring: boolean): string {
  let d = '';
  const end = ring ? points.length - 1 : points.length;
  for (let i = 0; i < end; i++) {
    const [x, y] = project(points[i]?.[0] ?? 0, points[i]?.[1] ?? 0);
    d += `${i ? 'L' : 'M'}${round(x)},${round(y)}`;
  }
  return ring ? `${d}Z` : d;
}

/**
 * The SVG path of a line or polygon geometry, byte for byte what d3-geo's geoPath writes
 * through the same projection (a test holds it to that), in a dozen lines instead of d3's
 * stream machinery: the first view carries 3 KB less.
 */
export function svgPath(geometry: Drawn): string {
  switch (geometry.type) {
    case 'LineString':
      return pathOf(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((line) => pathOf(line, false)).join('');
    case 'Polygon':
      return geometry.coordinates.map((ring) => pathOf(ring, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((rings) => rings.map((ring) => pathOf(ring, true))).join('');
  }
}

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
