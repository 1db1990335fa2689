/**
 * Web Mercator as MapLibre draws it: one unit is one pixel at zoom 0 (a 512 px world), so a
 * MapLibre zoom z is a scale of 2^z, and both renderers place every point alike.
 */
const WORLD = 512;
const K = WORLD / (2 * Math.PI);
const MAX_LAT = 85.051129;

/**
 * A result of Math.log, tan, atan, exp or pow to 1e-9: engines may differ in their last bit, and
 * the build (Node) and the browser must place every point alike for the built drawing to
 * hydrate as it is (docs/first-paint.md). Arithmetic on these numbers is exact in every engine.
 */
export const settle = (n: number) => Math.round(n * 1e9) / 1e9;

export function project(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(K * lon * Math.PI) / 180, settle(-K * Math.log(Math.tan(Math.PI / 4 + phi / 2)))];
}

export function unproject(x: number, y: number): [number, number] {
  const lon = ((x / K) * 180) / Math.PI;
  const lat = settle(((2 * Math.atan(Math.exp(-y / K)) - Math.PI / 2) * 180) / Math.PI);
  return [lon, lat];
}
