/**
 * SVG path data in Web Mercator as MapLibre draws it (cartography/mercator.ts), so the two
 * maps place every point alike. Planar on purpose: the published rings follow RFC 7946 winding, which
 * d3's spherical polygons would read inside out.
 */
import { type GeoPermissibleObjects, type GeoStream, geoStream, geoTransform } from 'd3-geo';
import type { Camera } from '../cartography/framing.ts';
import { project } from '../cartography/mercator.ts';

const mercator = geoTransform({
  point(lon, lat) {
    const [x, y] = project(lon, lat);
    this.stream.point(x, y);
  },
});

/** 0.001 unit at zoom 0 is 0.26 px at zoom 8: finer than the map ever draws. */
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The SVG path of a line or polygon geometry: d3-geo streams it through the projection and
 * this writes the path data, as d3's geoPath does (same output), without the area, bounds
 * and centroid measures geoPath carries along.
 */
export function svgPath(object: GeoPermissibleObjects): string {
  let d = '';
  let ringOpen = false;
  let first = true;
  const writer: GeoStream = {
    polygonStart: () => {
      ringOpen = true;
    },
    polygonEnd: () => {
      ringOpen = false;
    },
    lineStart: () => {
      first = true;
    },
    lineEnd: () => {
      if (ringOpen) d += 'Z';
    },
    point: (x, y) => {
      d += `${first ? 'M' : 'L'}${round(x)},${round(y)}`;
      first = false;
    },
    sphere: () => {},
  };
  geoStream(object, mercator.stream(writer));
  return d;
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
  const scale = 2 ** camera.zoom;
  const vw = width / scale;
  const vh = height / scale;
  return { x: cx - vw / 2, y: cy - vh / 2, width: vw, height: vh, scale };
}
