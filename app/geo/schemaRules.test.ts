/**
 * Each rule of the map layers' schema on a small made-up collection, at its boundaries: what
 * is accepted, and what is refused with which message where. Everything is made inside each
 * test (a value computed while Vitest collects the file would hide what a test checks from a
 * mutation run).
 */
import { describe, expect, it } from 'vitest';
import { check, describeProblems } from '../data/validate.ts';
import { regionsCollection } from './schema.ts';

type Ring = number[][];

/** A square from (w, s) to (e, n), closed. */
const square = (w: number, s: number, e: number, n: number): Ring => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

function region(id: string, bbox: number[], geometry: unknown, properties: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    bbox,
    properties: {
      id,
      name: id,
      kind: 'region',
      status: '',
      context: '',
      clickable: true,
      areaKm2: 1,
      label: [bbox[0], bbox[1]],
      ...properties,
    },
    geometry,
  };
}

/** A collection over [0, 0, 10, 10] with a square region from 2 to 4 whose box is its own. */
function collection(edit: (features: ReturnType<typeof region>[]) => void = () => {}) {
  const features = [region('a', [2, 2, 4, 4], { type: 'Polygon', coordinates: [square(2, 2, 4, 4)] })];
  edit(features);
  return { type: 'FeatureCollection', bbox: [0, 0, 10, 10], features };
}

function problems(input: unknown): string {
  const checked = check(regionsCollection, input);
  return checked.ok ? '' : describeProblems(checked.problems, 3);
}

/** The first region with this geometry and box. */
const shaped = (bbox: number[], geometry: unknown, properties?: Record<string, unknown>) =>
  collection((f) => {
    f[0] = region('a', bbox, geometry, properties);
  });

const polygon = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });
const HOLD = 'at features[0].bbox: the bbox does not hold the geometry';

describe('a region’s box', () => {
  it('holds its geometry to a millionth of a degree on every side, and no further', () => {
    expect(problems(collection())).toBe('');
    // A point's box, west = east and south = north, is in order.
    expect(problems(shaped([3, 3, 3, 3], polygon(square(3, 3, 3, 3))))).toBe('');
    const near = 0.5e-6;
    const far = 2e-6;
    const sides: [string, (d: number) => Ring][] = [
      ['west', (d) => square(2 - d, 2, 4, 4)],
      ['south', (d) => square(2, 2 - d, 4, 4)],
      ['east', (d) => square(2, 2, 4 + d, 4)],
      ['north', (d) => square(2, 2, 4, 4 + d)],
    ];
    // Exactly a millionth beyond each side (exact in binary at 0) is still inside.
    const atOrigin = {
      ...collection(),
      bbox: [-10, -10, 10, 10],
      features: [region('a', [0, 0, 0, 0], polygon(square(-1e-6, -1e-6, 1e-6, 1e-6)))],
    };
    expect(problems(atOrigin)).toBe('');
    for (const [side, ring] of sides) {
      expect(problems(shaped([2, 2, 4, 4], polygon(ring(near)))), `${side}, within the slack`).toBe('');
      expect(problems(shaped([2, 2, 4, 4], polygon(ring(far)))), `${side}, beyond it`).toBe(HOLD);
    }
  });

  it('holds every ring and every polygon, not only the first', () => {
    expect(problems(shaped([2, 2, 4, 4], polygon(square(2, 2, 4, 4), square(5, 5, 6, 6))))).toBe(HOLD);
    const two = { type: 'MultiPolygon', coordinates: [[square(2, 2, 4, 4)], [square(5, 5, 6, 6)]] };
    expect(problems(shaped([2, 2, 4, 4], two))).toBe(HOLD);
    expect(problems(shaped([2, 2, 6, 6], two))).toBe('');
  });

  it('is [west, south, east, north] in order', () => {
    const order = 'at features[0].bbox: a bbox is [west, south, east, north], west ≤ east and south ≤ north';
    expect(problems(shaped([4, 2, 2, 4], polygon(square(2, 2, 4, 4))))).toBe(order);
    expect(problems(shaped([2, 4, 4, 2], polygon(square(2, 2, 4, 4))))).toBe(order);
  });
});

describe('the published extent', () => {
  const EXTENT =
    'at bbox: every region, and what it frames, lies inside the published extent (the collection bbox)';

  it('holds every region’s box, on each side, and every frame', () => {
    const at = (bbox: number[]) =>
      shaped(bbox, polygon(square(bbox[0] ?? 0, bbox[1] ?? 0, bbox[2] ?? 0, bbox[3] ?? 0)));
    expect(problems(at([0, 0, 10, 10]))).toBe('');
    for (const bbox of [
      [-1, 2, 4, 4],
      [2, -1, 4, 4],
      [2, 2, 11, 4],
      [2, 2, 4, 11],
    ])
      expect(problems(at(bbox)), `a region at ${bbox}`).toBe(EXTENT);
    const second = collection((f) => {
      f.push(region('b', [8, 8, 12, 9], polygon(square(8, 8, 12, 9))));
    });
    expect(problems(second)).toBe(EXTENT);
    const framed = (frame: number[]) => shaped([2, 2, 4, 4], polygon(square(2, 2, 4, 4)), { frame });
    expect(problems(framed([1, 1, 9, 9]))).toBe('');
    expect(problems(framed([1, 1, 12, 9]))).toBe(EXTENT);
  });
});

describe('a region’s fields', () => {
  const withProperties = (properties: Record<string, unknown>) =>
    shaped([2, 2, 4, 4], polygon(square(2, 2, 4, 4)), properties);

  it('takes a line’s date as YYYY, YYYY-MM or YYYY-MM-DD', () => {
    for (const asOf of ['2014', '2014-03', '2014-03-18'])
      expect(problems(withProperties({ asOf })), asOf).toBe('');
    for (const asOf of [
      '14',
      'x2014',
      '2014x',
      '2014-3',
      '2014-ab',
      '2014-03-1',
      '2014-03-ab',
      '2014-03-18x',
    ])
      expect(problems(withProperties({ asOf })), asOf).toBe(
        'at features[0].properties.asOf: expected YYYY, YYYY-MM or YYYY-MM-DD',
      );
  });

  it('takes a point of view’s drawing and its source, and nothing else', () => {
    for (const drawnAs of ['part-of', 'state', 'disputed'])
      expect(problems(withProperties({ drawnAs })), drawnAs).toBe('');
    expect(problems(withProperties({ drawnAs: 'hidden' }))).toMatch(
      /^at features\[0\]\.properties\.drawnAs: /,
    );
    expect(problems(withProperties({ source: { title: 'A decree' } }))).toBe('');
    expect(problems(withProperties({ source: { url: 'https://example.org/' } }))).toBe(
      'at features[0].properties.source.title: missing',
    );
  });

  it('keeps every position on the globe, naming which bound it crosses', () => {
    const labelled = (label: number[]) => withProperties({ label });
    expect(problems(labelled([180, 90]))).toBe('');
    expect(problems(labelled([-180, -90]))).toBe('');
    expect(problems(labelled([181, 0]))).toBe(
      'at features[0].properties.label[0]: a longitude is between -180 and 180',
    );
    expect(problems(labelled([-181, 0]))).toBe(
      'at features[0].properties.label[0]: a longitude is between -180 and 180',
    );
    expect(problems(labelled([0, 91]))).toBe(
      'at features[0].properties.label[1]: a latitude is between -90 and 90',
    );
    expect(problems(labelled([0, -91]))).toBe(
      'at features[0].properties.label[1]: a latitude is between -90 and 90',
    );
    expect(problems(labelled([0, Number.POSITIVE_INFINITY]))).toBe(
      'at features[0].properties.label[1]: expected a finite latitude',
    );
    expect(problems(labelled([Number.NEGATIVE_INFINITY, 0]))).toBe(
      'at features[0].properties.label[0]: expected a finite longitude',
    );
  });
});

describe('a ring', () => {
  it('ends where it starts, in both coordinates, and has four positions', () => {
    const open = (ring: Ring) => shaped([2, 2, 4, 4], polygon(ring));
    const END = 'at features[0].geometry.coordinates[0]: a ring must end where it starts';
    expect(problems(open([...square(2, 2, 4, 4).slice(0, 4), [2, 3]]))).toBe(END);
    expect(problems(open([...square(2, 2, 4, 4).slice(0, 4), [3, 2]]))).toBe(END);
    expect(problems(open([]))).toBe(
      'at features[0].geometry.coordinates[0]: expected at least 4 items, found 0',
    );
  });
});
