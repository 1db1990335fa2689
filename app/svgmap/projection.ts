/**
 * Web Mercator as MapLibre draws it, for the SVG map: one unit is one pixel at zoom 0
 * (a 512 px world), so a MapLibre zoom z is a scale of 2^z here and the two maps frame a
 * region alike. Planar on purpose: the published rings follow RFC 7946 winding, which
 * d3's spherical polygons would read inside out.
 */
import { type GeoPermissibleObjects, type GeoStream, geoStream, geoTransform } from 'd3-geo';
import type { Frame } from '../map/camera.ts';

const WORLD = 512;
const K = WORLD / (2 * Math.PI);
const MAX_LAT = 85.051129;

export function project(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(K * lon * Math.PI) / 180, -K * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

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

/** The viewBox that shows `frame` in a map of this size, as MapLibre's fitBounds would. */
export function viewBoxFor(frame: Frame, width: number, height: number): ViewBox {
  const [w, s, e, n] = frame.bbox;
  const [x0, y1] = project(w, s);
  const [x1, y0] = project(e, n);
  const fit = Math.min(
    (width - 2 * frame.padding) / Math.max(x1 - x0, 1e-9),
    (height - 2 * frame.padding) / Math.max(y1 - y0, 1e-9),
  );
  const scale = Math.min(Math.max(fit, 1e-3), 2 ** frame.maxZoom);
  const vw = width / scale;
  const vh = height / scale;
  return { x: (x0 + x1) / 2 - vw / 2, y: (y0 + y1) / 2 - vh / 2, width: vw, height: vh, scale };
}
