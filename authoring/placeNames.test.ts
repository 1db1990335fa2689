/**
 * Which names of which places go to which region, on a small made-up map and made-up places,
 * at each rule's boundary. Everything is made inside each test (a value computed while Vitest
 * collects the file would hide what a test checks from a mutation run).
 */
import { describe, expect, it } from 'vitest';
import type { GeoData } from '../app/geo/schema.ts';
import {
  COUNTRY_TOWN_POPULATION,
  DATELINE_POPULATION,
  NOT_PLACE_NAMES,
  type Place,
  placeNames,
  SHARED_NAME_RATIO,
  usableNames,
} from './places.ts';

const square = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

/** A country from 0 to 10, listed first, with a region from 2 to 4 inside it and a second region from 6 to 8. */
function map(): GeoData {
  const feature = (id: string, kind: string, geometry: unknown, clickable = true) => ({
    type: 'Feature',
    id,
    properties: { id, name: id, kind, clickable },
    geometry,
  });
  return {
    regions: {
      features: [
        feature('land', 'country', square(0, 0, 10, 10)),
        feature('isle', 'annexed', square(2, 2, 4, 4)),
        feature('hills', 'region', square(6, 6, 8, 8)),
        feature('sea', 'country', square(20, 20, 30, 30), false),
      ],
    },
  } as unknown as GeoData;
}

const place = (at: [number, number], population: number, ...names: string[]): Place => ({
  at,
  population,
  names,
});

describe('the towns of each region', () => {
  it('puts a place in the innermost region it lies in, a country listed before it or not', () => {
    expect(placeNames(map(), [place([3, 3], 100, 'Kerchevo')])).toEqual({
      land: [],
      isle: ['Kerchevo'],
      hills: [],
    });
  });

  it('takes a whole country’s towns only from their size, and a region’s always', () => {
    const towns = [
      place([1, 1], COUNTRY_TOWN_POPULATION, 'Bigtown'),
      place([1, 2], COUNTRY_TOWN_POPULATION - 1, 'Smalltown'),
      place([25, 25], 1_000_000, 'Seaport'),
    ];
    expect(placeNames(map(), towns).land).toEqual(['BIGTOWN', 'Bigtown']);
    expect(Object.values(placeNames(map(), towns)).flat()).not.toContain('Seaport');
  });

  it('gives the upper-case dateline form from its size, of the place’s own names only', () => {
    const towns = [
      place([3, 3], DATELINE_POPULATION, 'Yaltovo', 'Yaltovo', 'Jaltovo'),
      place([7, 7], DATELINE_POPULATION - 1, 'Gorovka'),
    ];
    expect(placeNames(map(), towns)).toEqual({
      land: [],
      isle: ['Jaltovo', 'YALTOVO', 'Yaltovo'],
      hills: ['Gorovka'],
    });
  });

  it('gives a name two regions share to a place ten times the other’s size, and to neither otherwise', () => {
    const shared = (big: number) => [place([3, 3], big, 'Frunzevo'), place([7, 7], 1_000, 'Frunzevo')];
    expect(placeNames(map(), shared(SHARED_NAME_RATIO * 1_000)).isle).toEqual(['Frunzevo']);
    expect(Object.values(placeNames(map(), shared(SHARED_NAME_RATIO * 1_000 - 1))).flat()).toEqual([]);
  });

  it('never takes a word of the language or a name on the list', () => {
    const words = new Set(['progress']);
    const towns = [place([3, 3], 100, 'Progress'), place([3, 3], 100, NOT_PLACE_NAMES[0] ?? '')];
    expect(placeNames(map(), towns, words).isle).toEqual([]);
  });
});

describe('the names of a place a news text could use', () => {
  it('are its own name, trimmed, and plain transliterations of five letters or more, in both spellings', () => {
    expect(usableNames([' Ts’khinvali ', 'Tskhinval', 'Cxinvali', 'Tsx', 'Цхинвали'], new Set())).toEqual([
      'Ts’khinvali',
      'Tskhinvali',
      'Tskhinval',
      'Cxinvali',
    ]);
  });

  it('are never shorter than three letters, an inflection of another, or mangled', () => {
    expect(usableNames(['Ai'], new Set())).toEqual([]);
    expect(usableNames(['Gori', 'Goris', 'Gorois'], new Set())).toEqual(['Gori', 'Gorois']);
    expect(usableNames(['TBilisi', 'Tbilisi - tbilisi'], new Set())).toEqual([]);
  });
});
