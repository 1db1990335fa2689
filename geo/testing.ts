/** Shared by the pipeline's tests: the published layers as files, read once. */
import fs from 'node:fs';
import path from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import { OUT_DIR } from './build.ts';
import type { Area } from './sources.ts';

export function readPublished(name: string): FeatureCollection {
  return JSON.parse(fs.readFileSync(path.join(OUT_DIR, name), 'utf8')) as FeatureCollection;
}

export function publishedRegions(): Map<string, Area> {
  return new Map(readPublished('regions.geojson').features.map((f) => [String(f.id), f as Area]));
}

export function rings(area: Feature): Position[][] {
  const g = area.geometry;
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  throw new Error(`not an area: ${g.type}`);
}

export interface Outline {
  lines: Feature<LineString>[];
  boxes: [number, number, number, number][];
}

/** The rings of an area as lines, each with its box, for fast point-to-outline distances. */
export function outline(area: Area): Outline {
  const lines = rings(area).map((ring) => turf.lineString(ring));
  return { lines, boxes: lines.map((l) => turf.bbox(l) as [number, number, number, number]) };
}

/** Whether a point lies within `meters` of an outline (boxes padded by ~1 km skip far rings). */
export function isNear(point: Position, shape: Outline, meters: number): boolean {
  const [x = 0, y = 0] = point;
  const pad = 0.02;
  return shape.lines.some((line, i) => {
    const [w, s, e, n] = shape.boxes[i] ?? [0, 0, 0, 0];
    if (x < w - pad || x > e + pad || y < s - pad || y > n + pad) return false;
    return turf.pointToLineDistance(point, line, { units: 'meters' }) <= meters;
  });
}

export function minus(a: Area, b: Area): Area {
  const result = turf.difference(turf.featureCollection([a, b]));
  if (!result) throw new Error('difference came out empty');
  return result;
}

export function overlapKm2(a: Area, b: Area): number {
  const overlap = turf.intersect(turf.featureCollection([a, b]));
  return overlap ? turf.area(overlap) / 1e6 : 0;
}
