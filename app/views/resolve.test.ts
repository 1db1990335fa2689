/**
 * A point of view applied to small, made-up data: which entry holds on a date (the first day
 * included), which summary line, which view an id picks, what a region takes from its entry,
 * and the list of sources. (views.test.ts applies the published views to the published map.)
 */
import { describe, expect, it } from 'vitest';
import type { GeoData } from '../geo/schema.ts';
import { DEFAULT_VIEW, entryOn, sourcesOf, summaryOn, viewById, viewedGeo } from './resolve.ts';
import type { View, ViewEntry, ViewsData } from './schema.ts';

const entry = (from: string, over: Partial<ViewEntry> = {}): ViewEntry => ({
  from,
  drawn: 'disputed',
  name: `name from ${from}`,
  term: `term from ${from}`,
  status: `status from ${from}`,
  source: { title: `act of ${from}` },
  ...over,
});
const view = (
  id: string,
  regions: View['regions'] = {},
  summary: View['summary'] = [{ from: '2000', text: 'first' }],
): View => ({
  id,
  party: id,
  label: id,
  summary,
  naturalEarth: null,
  regions,
});

const region = (id: string, properties: Record<string, unknown>) => ({
  type: 'Feature',
  id,
  properties,
  geometry: { type: 'Point', coordinates: [0, 0] },
});
const geo = {
  regions: {
    type: 'FeatureCollection',
    features: [
      region('north', {
        name: 'North',
        status: 'A state',
        kind: 'country',
        source: { title: 'Charter', url: 'https://example.org/c' },
      }),
      region('east', {
        name: 'East',
        status: 'Disputed',
        kind: 'disputed',
        drawnAs: 'disputed',
        source: { title: 'Treaty' },
      }),
      region('south', {
        name: 'South',
        status: 'Disputed',
        kind: 'disputed',
        drawnAs: 'disputed',
        source: { title: 'Charter', url: 'https://example.org/other' },
      }),
      region('west', { name: 'West', status: 'A state', kind: 'country' }),
    ],
  },
  borders: { type: 'FeatureCollection', features: [] },
  places: { type: 'FeatureCollection', features: [] },
} as unknown as GeoData;

describe('the entry in force on a date', () => {
  const entries = [entry('2008-08-26'), entry('2014-03'), entry('2022')];
  it('is none before the first, and each one from its first day until the next', () => {
    expect(entryOn(entries, '2008-08-25')).toBeNull();
    expect(entryOn(entries, '2008-08-26')?.from).toBe('2008-08-26');
    expect(entryOn(entries, '2014-02-28')?.from).toBe('2008-08-26');
    expect(entryOn(entries, '2014-03-01')?.from).toBe('2014-03');
    expect(entryOn(entries, '2021-12-31')?.from).toBe('2014-03');
    expect(entryOn(entries, '2022-01-01')?.from).toBe('2022');
    expect(entryOn(entries, '2099-01-01')?.from).toBe('2022');
    expect(entryOn([], '2020-01-01')).toBeNull();
  });
});

describe('a view’s summary line on a date', () => {
  const v = view('p', {}, [
    { from: '2010-05-01', text: 'early' },
    { from: '2020', text: 'late' },
  ]);
  it('is the one in force, the first one before any, and empty when there is none', () => {
    expect(summaryOn(v, '2001-01-01')).toBe('early');
    expect(summaryOn(v, '2010-05-01')).toBe('early');
    expect(summaryOn(v, '2019-12-31')).toBe('early');
    expect(summaryOn(v, '2020-01-01')).toBe('late');
    expect(summaryOn({ ...v, summary: [] }, '2020-01-01')).toBe('');
  });
});

describe('the view an id picks', () => {
  const data: ViewsData = { views: [view(DEFAULT_VIEW), view('russia'), view('ukraine')] };
  it('is the one with that id, the explainer’s own for none, and the first for an unknown id', () => {
    expect(viewById(data, 'ukraine').id).toBe('ukraine');
    expect(viewById(data, null).id).toBe(DEFAULT_VIEW);
    expect(viewById({ views: [view('russia'), view(DEFAULT_VIEW)] }, null).id).toBe(DEFAULT_VIEW);
    expect(viewById(data, 'nobody').id).toBe(DEFAULT_VIEW);
    expect(viewById({ views: [view('russia'), view('ukraine')] }, 'nobody').id).toBe('russia');
  });
  it('is refused with a message when there are no views at all', () => {
    expect(() => viewById({ views: [] } as unknown as ViewsData, null)).toThrow('views.json has no views');
  });
});

describe('the map as a view draws it', () => {
  const russia = view('russia', {
    east: [
      entry('2014', {
        drawn: 'part-of',
        of: 'north',
        name: 'Eastern Province',
        source: { title: 'Annexation act' },
      }),
    ],
    south: [entry('2030')],
  });
  const props = (data: GeoData, id: string) => data.regions.features.find((f) => f.id === id)?.properties;

  it('gives each region the name, status, drawing, state, term and source of the entry in force', () => {
    const seen = viewedGeo(geo, russia, '2017-03-22');
    expect(props(seen, 'east')).toEqual({
      ...props(geo, 'east'),
      name: 'Eastern Province',
      status: 'status from 2014',
      drawnAs: 'part-of',
      partOf: 'north',
      term: 'term from 2014',
      source: { title: 'Annexation act' },
    });
  });

  it('leaves a region as published when the view has no entry for it, or none in force yet', () => {
    const seen = viewedGeo(geo, russia, '2017-03-22');
    expect(props(seen, 'south')).toBe(props(geo, 'south'));
    expect(props(seen, 'north')).toBe(props(geo, 'north'));
    expect(props(viewedGeo(geo, russia, '2013-12-31'), 'east')).toBe(props(geo, 'east'));
  });

  it('shares the geometry and the other layers, and leaves the published data unchanged', () => {
    const before = structuredClone(geo);
    const seen = viewedGeo(geo, russia, '2017-03-22');
    expect(seen.regions.features.map((f) => f.geometry)).toEqual(geo.regions.features.map((f) => f.geometry));
    expect(seen.regions.features[1]?.geometry).toBe(geo.regions.features[1]?.geometry);
    expect(seen.borders).toBe(geo.borders);
    expect(seen.places).toBe(geo.places);
    expect(geo).toEqual(before);
  });

  it('is the published data itself in the explainer’s own view', () => {
    const own = view(DEFAULT_VIEW, { east: [entry('2000', { name: 'Renamed' })] });
    expect(viewedGeo(geo, own, '2017-03-22')).toBe(geo);
  });
});

describe('the sources a map rests on', () => {
  it('are listed once per title, in the regions’ order, the first of a title kept', () => {
    expect(sourcesOf(geo)).toEqual([{ title: 'Charter', url: 'https://example.org/c' }, { title: 'Treaty' }]);
  });
});
