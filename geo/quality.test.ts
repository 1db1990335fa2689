/**
 * The published layers as a cartographer would check them: shared borders stay shared,
 * areas survive simplification, contested regions are drawn as docs/design.md says, and the
 * geometry is valid and lean.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUT_DIR, OUTPUT_FILES } from './build.ts';
import { DECIMALS, EXTENT, REGIONS } from './config.ts';
import { type Derived, deriveRegions } from './derive.ts';
import { type Area, loadSources } from './sources.ts';
import {
  isNear,
  minus,
  type Outline,
  outline,
  overlapKm2,
  publishedRegions,
  readPublished,
  rings,
} from './testing.ts';

const TOLERANCE_M = 50;
const regions = publishedRegions();
const get = (id: string): Area => {
  const area = regions.get(id);
  if (!area) throw new Error(`no published region "${id}"`);
  return area;
};

/** The map as a partition of the land: no piece overlaps another, and together they cover it. */
function partition(): Map<string, Area> {
  const pieces = new Map<string, Area>();
  for (const [id, area] of regions) {
    if (id.startsWith('country-') || id === 'russia') pieces.set(id, area);
  }
  pieces.set('crimea', get('crimea'));
  pieces.set('donbass', get('donbass'));
  pieces.set('ukraine-rest', minus(minus(get('ukraine'), get('crimea')), get('donbass')));
  pieces.set('south-ossetia', get('south-ossetia'));
  pieces.set('abkhazia', get('abkhazia'));
  pieces.set('georgia-rest', minus(minus(get('georgia'), get('south-ossetia')), get('abkhazia')));
  return pieces;
}

/**
 * Vertices of `piece` that lie on a land border (not on the coast or the map's edge) but
 * more than 50 m from every other piece's outline: each is the edge of a gap.
 */
function gapVertices(id: string, pieces: Map<string, Area>, coast: Outline): Position[] {
  const piece = pieces.get(id);
  if (!piece) throw new Error(id);
  const bbox = turf.bbox(turf.buffer(piece, 10, { units: 'kilometers' }) as Area);
  const others = [...pieces]
    .filter(
      ([other, area]) =>
        other !== id && turf.booleanIntersects(turf.bboxPolygon(turf.bbox(area)), turf.bboxPolygon(bbox)),
    )
    .map(([, area]) => outline(area));
  return rings(piece)
    .flat()
    .filter((p) => !isNear(p, coast, TOLERANCE_M) && !others.some((o) => isNear(p, o, TOLERANCE_M)));
}

describe('shared borders stay shared', () => {
  const pieces = partition();
  let coast: Outline;
  beforeAll(() => {
    const land = turf.union(turf.featureCollection([...pieces.values()]));
    if (!land) throw new Error('no land');
    coast = outline(land);
  });

  it.each([
    ['crimea', 'ukraine-rest'],
    ['donbass', 'russia'],
    ['donbass', 'ukraine-rest'],
    ['south-ossetia', 'georgia-rest'],
    ['south-ossetia', 'russia'],
    ['russia', 'ukraine-rest'],
    ['abkhazia', 'georgia-rest'],
  ])('%s and %s do not overlap', (a, b) => {
    const pa = pieces.get(a) as Area;
    const pb = pieces.get(b) as Area;
    const km2 = overlapKm2(pa, pb);
    // An overlap strip 50 m wide along a 100 km border would be 5 km².
    expect(km2).toBeLessThan(0.01);
  });

  it.each(['crimea', 'donbass', 'south-ossetia', 'abkhazia', 'ukraine-rest', 'georgia-rest'])(
    '%s leaves no gap along its land borders',
    (id) => {
      expect(gapVertices(id, pieces, coast)).toEqual([]);
    },
  );

  it('Russia leaves no gap along its borders with Ukraine and Georgia', () => {
    const nearUkraineOrGeorgia = gapVertices('russia', pieces, coast).filter(
      ([lon, lat]) => lon !== undefined && lat !== undefined && lat < 53 && lon < 47,
    );
    expect(nearUkraineOrGeorgia).toEqual([]);
  });
});

describe('contested regions are drawn as docs/design.md says', () => {
  it('no point of Crimea lies inside the Russia layer', () => {
    expect(overlapKm2(get('crimea'), get('russia'))).toBe(0);
    const inside = rings(get('crimea'))
      .flat()
      .filter((p) => turf.booleanPointInPolygon(p, get('russia'), { ignoreBoundary: true }));
    expect(inside).toEqual([]);
  });

  it('all of Crimea lies inside Ukraine’s recognised outline', () => {
    const outside = turf.difference(turf.featureCollection([get('crimea'), get('ukraine')]));
    expect(outside ? turf.area(outside) : 0).toBeLessThan(1);
  });

  it('South Ossetia and Abkhazia lie inside Georgia', () => {
    for (const id of ['south-ossetia', 'abkhazia']) {
      const outside = turf.difference(turf.featureCollection([get(id), get('georgia')]));
      expect(outside ? turf.area(outside) : 0, id).toBeLessThan(1);
    }
  });

  it('the separatist-held area lies inside Donbass', () => {
    const outside = turf.difference(turf.featureCollection([get('donbass-separatist-held'), get('donbass')]));
    expect(outside ? turf.area(outside) : 0).toBeLessThan(1);
  });

  it('every region has its wording, a label point inside it and a box around it', () => {
    for (const spec of REGIONS) {
      const region = get(spec.id);
      expect(region.properties).toMatchObject({
        id: spec.id,
        name: spec.name,
        kind: spec.kind,
        status: spec.status,
      });
      expect(turf.booleanPointInPolygon(region.properties?.label, region), `${spec.id} label`).toBe(true);
      const [w = 0, s = 0, e = 0, n = 0] = region.bbox ?? [];
      const [bw, bs, be, bn] = turf.bbox(region);
      expect(w <= bw && s <= bs && e >= be && n >= bn, `${spec.id} bbox`).toBe(true);
    }
  });
});

describe('areas survive simplification', () => {
  let derived: Derived;
  beforeAll(() => {
    derived = deriveRegions(loadSources());
  });

  it.each(REGIONS.map((r) => r.id))('%s is within 1 percent of its unsimplified area', (id) => {
    const source = derived.get(id) as Area;
    const clipped = turf.intersect(turf.featureCollection([source, turf.bboxPolygon(EXTENT)])) as Area;
    const before = turf.area(clipped) / 1e6;
    const after = turf.area(get(id)) / 1e6;
    expect(Math.abs(after / before - 1)).toBeLessThan(0.01);
    expect(get(id).properties?.areaKm2).toBe(Math.round(after));
  });

  it('matches the reference areas in geo/sources/README.md within 1%', () => {
    const reference: Record<string, number> = {
      'south-ossetia': 4458,
      crimea: 27033,
      donbass: 26521 + 26227,
      'donbass-separatist-held': 17705,
      georgia: 69466,
    };
    for (const [id, km2] of Object.entries(reference)) {
      expect(Math.abs(turf.area(get(id)) / 1e6 / km2 - 1), id).toBeLessThan(0.01);
    }
  });
});

describe('valid, lean geometry', () => {
  const all = Object.values(OUTPUT_FILES).flatMap((name) => readPublished(name).features);

  it('has no self-intersections', () => {
    const kinked = [...regions].filter(([, area]) => turf.kinks(area).features.length > 0).map(([id]) => id);
    expect(kinked).toEqual([]);
  });

  it('winds by the right-hand rule: outer rings counter-clockwise, holes clockwise', () => {
    const wrong: string[] = [];
    for (const [id, area] of regions) {
      const polygons =
        area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
      for (const [outer, ...holes] of polygons) {
        if (outer && turf.booleanClockwise(outer)) wrong.push(`${id} outer`);
        for (const hole of holes) if (!turf.booleanClockwise(hole)) wrong.push(`${id} hole`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it(`rounds every coordinate to ${DECIMALS} decimals`, () => {
    const long = all
      .flatMap((f) => turf.coordAll(f).flat())
      .filter((n) => (String(n).split('.')[1] ?? '').length > DECIMALS);
    expect(long).toEqual([]);
  });

  it('gives every feature a stable id', () => {
    const ids = all.map((f) => f.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps everything the app loads at start within 150 KB gzip', () => {
    const bytes = Object.values(OUTPUT_FILES)
      .map((name) => gzipSync(fs.readFileSync(path.join(OUT_DIR, name)), { level: 9 }).length)
      .reduce((a, b) => a + b, 0);
    console.log(`geo payload: ${(bytes / 1024).toFixed(1)} KB gzip`);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
  });
});
