/**
 * Web Mercator as MapLibre draws it, for the SVG map: one unit is one pixel at zoom 0
 * (a 512 px world), so a MapLibre zoom z is a scale of 2^z here and the two maps frame a
 * region alike. Planar on purpose: the published rings follow RFC 7946 winding, which
 * d3's spherical polygons would read inside out.
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import { geoPath, geoTransform } from 'd3-geo';
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

const path = geoPath(mercator);

/** The SVG path of a feature; numbers rounded to 0.01 px at zoom 0, enough for zoom 8. */
export function svgPath(object: GeoPermissibleObjects): string {
  return (path(object) ?? '').replace(/\d+\.\d{3,}/g, (n) => Number(n).toFixed(3));
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
