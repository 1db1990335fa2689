/**
 * Where a name may sit inside a region's visible part (visiblePointsOf), against a brute-force
 * reading of the same rule: the grid's cells whose centres lie in the region (the even–odd
 * rule of polygonContains), each at its chessboard distance from the nearest cell outside the
 * region or off the map, deepest first and then in reading order. The shapes are made up, in
 * screen pixels, with no vertex on a cell's centre line. Everything is made inside each test.
 */
import { describe, expect, it } from 'vitest';
import type { RegionFeature } from '../geo/schema.ts';
import { polygonContains, type Viewport, visiblePointsOf } from './labels.ts';

const GRID = 12;
const CANDIDATES = 24;

type Ring = [number, number][];

/** A screen where a longitude and latitude are pixels. */
const screen = (width: number, height: number): Viewport => ({
  width,
  height,
  project: ([x, y]) => [x, y],
  unproject: ([x, y]) => [x, y],
});

const region = (geometry: RegionFeature['geometry']) => ({ geometry }) as RegionFeature;

/** The rule, cell by cell. */
function bruteForce(geometry: RegionFeature['geometry'], width: number, height: number): [number, number][] {
  const cols = Math.floor(width / GRID);
  const rows = Math.floor(height / GRID);
  const centre = (r: number, c: number): [number, number] => [(c + 0.5) * GRID, (r + 0.5) * GRID];
  const cells = Array.from({ length: rows * cols }, (_, i) => ({
    r: Math.floor(i / cols),
    c: i % cols,
    i,
  }));
  const inside = cells.map(({ r, c }) => polygonContains(geometry, centre(r, c)));
  const depth = cells.map(({ r, c, i }) => {
    if (!inside[i]) return 0;
    let d = Math.min(r + 1, rows - r, c + 1, cols - c);
    for (const o of cells) if (!inside[o.i]) d = Math.min(d, Math.max(Math.abs(o.r - r), Math.abs(o.c - c)));
    return d;
  });
  return cells
    .filter(({ i }) => (depth[i] ?? 0) > 0)
    .sort((a, b) => (depth[b.i] ?? 0) - (depth[a.i] ?? 0) || a.i - b.i)
    .slice(0, CANDIDATES)
    .map(({ r, c }) => centre(r, c));
}

const ring = (...points: [number, number][]): Ring => [...points, points[0] as [number, number]];

const SHAPES: Record<string, RegionFeature['geometry']> = {
  // A concave star with a hole, running off the right and bottom edges of the map.
  'a star with a hole, off two edges': {
    type: 'Polygon',
    coordinates: [
      ring(
        [101.3, 3.7],
        [131.1, 61.2],
        [207.9, 67.4],
        [143.6, 103.1],
        [171.2, 181.9],
        [99.4, 127.3],
        [27.8, 179.6],
        [57.3, 101.2],
        [-9.1, 63.3],
        [71.6, 59.9],
      ),
      ring([90.2, 80.3], [113.7, 80.9], [111.9, 99.2], [91.1, 98.6]),
    ],
  },
  // Two parts, one small and one long and thin along a diagonal.
  'two parts, one a diagonal strip': {
    type: 'MultiPolygon',
    coordinates: [
      [ring([5.3, 5.2], [40.7, 5.9], [41.2, 30.4], [4.9, 29.6])],
      [ring([50.2, 130.3], [170.4, 20.1], [194.9, 40.6], [74.3, 146.8])],
    ],
  },
  'a box wider than the map': {
    type: 'Polygon',
    coordinates: [ring([-50.5, 20.3], [260.2, 20.8], [259.7, 95.1], [-49.9, 94.6])],
  },
};

describe('the points a name may try inside a region', () => {
  for (const [name, geometry] of Object.entries(SHAPES))
    it(`are the deepest cells of its visible part, deepest first: ${name}`, () => {
      const expected = bruteForce(geometry, 200, 150);
      expect(expected.length).toBeGreaterThan(0);
      expect(visiblePointsOf(region(geometry), screen(200, 150))).toEqual(expected);
      // A map whose sides are not whole cells: the part cells leave over is not searched.
      expect(visiblePointsOf(region(geometry), screen(205, 159))).toEqual(bruteForce(geometry, 205, 159));
    });

  it('are none on a map smaller than a cell, and the one cell of a map that is one cell', () => {
    const all: RegionFeature['geometry'] = {
      type: 'Polygon',
      coordinates: [ring([-5.5, -5.5], [40.5, -5.5], [40.5, 40.5], [-5.5, 40.5])],
    };
    expect(visiblePointsOf(region(all), screen(11, 40))).toEqual([]);
    expect(visiblePointsOf(region(all), screen(40, 11))).toEqual([]);
    expect(visiblePointsOf(region(all), screen(12, 12))).toEqual([[6, 6]]);
  });
});
