import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import type { GeoData } from '../geo/schema.ts';
import type { Story } from '../story/schema.ts';
import { viewsSchema } from '../views/schema.ts';
import { EMPTY_ROUTE, type Route } from './route.ts';
import {
  highlightedRegionIds,
  knownIds,
  regionFeature,
  regionName,
  storyRegions,
  viewDate,
  viewedGeoOf,
} from './selectors.ts';
import type { ExplainerState } from './store.ts';

const feature = (id: string, name: string, clickable: boolean, kind: string) => ({
  id,
  properties: { id, name, clickable, kind },
});
const geo = {
  regions: {
    features: [
      feature('crimea', 'Crimea', true, 'annexed'),
      feature('russia', 'Russia', true, 'country'),
      feature('ukraine', 'Ukraine', true, 'country'),
      feature('abkhazia', 'Abkhazia', false, 'breakaway'),
    ],
  },
} as unknown as GeoData;
const story = {
  passages: [
    { id: 'p1', text: '', mentions: [{ region: 'crimea' }, { region: 'russia' }], implicit: [] },
    { id: 'p2', text: '', mentions: [], implicit: [{ region: 'ukraine' }] },
  ],
  events: [{ id: 'annexation', regions: ['crimea', 'russia', 'ukraine'] }],
} as unknown as Story;

const state = (route: Partial<Route>, parts: Partial<ExplainerState> = {}) =>
  ({ geo, story, route: { ...EMPTY_ROUTE, ...route }, ...parts }) as ExplainerState;

describe('what the map highlights', () => {
  it('is the selected region, or the smallest of an event’s or a passage’s (explicit and implicit) regions', () => {
    expect(highlightedRegionIds(state({ region: 'crimea', passage: 'p2' }))).toEqual(['crimea']);
    expect(highlightedRegionIds(state({ region: 'russia' }))).toEqual(['russia']);
    // Crimea, not the countries around it: the map frames and tints what is smallest.
    expect(highlightedRegionIds(state({ event: 'annexation' }))).toEqual(['crimea']);
    expect(highlightedRegionIds(state({ passage: 'p1', article: true }))).toEqual(['crimea']);
    expect(highlightedRegionIds(state({ passage: 'p2', article: true }))).toEqual(['ukraine']);
  });

  it('is nothing for the overview, an unknown event or passage, or story mode without its story, before the layers are known too', () => {
    expect(highlightedRegionIds(state({}, { geo: null }))).toEqual([]);
    expect(highlightedRegionIds(state({ event: 'nope' }, { geo: null }))).toEqual([]);
    expect(highlightedRegionIds(state({ passage: 'p9' }, { geo: null }))).toEqual([]);
    expect(highlightedRegionIds(state({ story: true, passage: 'p1' }, { geo: null, story: null }))).toEqual(
      [],
    );
  });

  it('is every region concerned while the map’s layers (and so their kinds) are unknown', () => {
    expect(highlightedRegionIds(state({ event: 'annexation' }, { geo: null }))).toEqual([
      'crimea',
      'russia',
      'ukraine',
    ]);
  });

  it('is nothing for the overview, an unknown event or passage, or before the story arrives', () => {
    expect(highlightedRegionIds(state({}))).toEqual([]);
    expect(highlightedRegionIds(state({ event: 'nope' }))).toEqual([]);
    expect(highlightedRegionIds(state({ passage: 'p9' }))).toEqual([]);
    expect(highlightedRegionIds(state({ passage: 'p1' }, { story: null }))).toEqual([]);
    expect(highlightedRegionIds(state({ event: 'annexation' }, { story: null }))).toEqual([]);
  });
});

describe('regions by id', () => {
  it('finds a region and its name, and falls back to the id for a name it does not know', () => {
    expect(regionFeature(state({}), 'crimea')?.properties.name).toBe('Crimea');
    expect(regionFeature(state({}), null)).toBeNull();
    expect(regionFeature(state({}), 'atlantis')).toBeNull();
    expect(regionFeature(state({}, { geo: null }), 'crimea')).toBeNull();
    expect(regionName(state({}), 'russia')).toBe('Russia');
    expect(regionName(state({}), 'atlantis')).toBe('atlantis');
  });
});

describe('the ids a URL may name', () => {
  it('are the map’s selectable regions and the story’s passages and events', () => {
    const ids = knownIds(state({}));
    expect([...ids.regions]).toEqual(['crimea', 'russia', 'ukraine']);
    expect([...ids.passages]).toEqual(['p1', 'p2']);
    expect([...ids.events]).toEqual(['annexation']);
  });

  it('before the map arrives, the regions the story mentions; before both, none', () => {
    expect([...knownIds(state({}, { geo: null })).regions]).toEqual(['crimea', 'russia']);
    const none = knownIds(state({}, { geo: null, story: null }));
    expect([none.regions.size, none.passages.size, none.events.size]).toEqual([0, 0, 0]);
  });
});

describe('what story mode shows at a passage', () => {
  const told = {
    passages: [
      { id: 'p0', text: '', mentions: [], implicit: [] },
      { id: 'p1', text: '', mentions: [{ region: 'crimea' }, { region: 'crimea' }], implicit: [] },
      { id: 'p2', text: '', mentions: [], implicit: [] },
      { id: 'p3', text: '', mentions: [{ region: 'russia' }], implicit: [{ region: 'ukraine' }] },
    ],
    events: [],
  } as unknown as Story;

  it('is the regions the passage concerns, named or implied, each once', () => {
    expect(storyRegions(told, 'p1')).toEqual(['crimea']);
    expect(storyRegions(told, 'p3')).toEqual(['russia', 'ukraine']);
  });

  it('for a passage that concerns none, those of the last one before it that did; before any, nothing', () => {
    expect(storyRegions(told, 'p2')).toEqual(['crimea']);
    expect(storyRegions(told, 'p0')).toEqual([]);
    expect(storyRegions(told, 'p404')).toEqual([]);
  });

  it('is what the map highlights in story mode (the smallest of them once the layers are known)', () => {
    expect(highlightedRegionIds(state({ story: true, passage: 'p2' }, { story: told }))).toEqual(['crimea']);
    expect(highlightedRegionIds(state({ story: true, passage: 'p3' }, { story: told, geo: null }))).toEqual([
      'russia',
      'ukraine',
    ]);
    expect(highlightedRegionIds(state({ story: true }, { story: told }))).toEqual([]);
    // Story mode opened from the URL before the story has arrived: nothing yet.
    expect(highlightedRegionIds(state({ story: true, passage: 'p3' }, { story: null }))).toEqual([]);
  });
});

const views = v.parse(
  viewsSchema,
  JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'public', 'data', 'views.json'), 'utf8'),
  ),
);
const publishedOn = (value: string) =>
  ({ ...story, publication: { published: { value, source: 'article' } } }) as unknown as Story;

describe('the ids a URL may name, points of view', () => {
  it('are the views once they have arrived, none before', () => {
    expect([...(knownIds(state({}, { views })).views ?? [])]).toEqual(views.views.map((x) => x.id));
    expect(knownIds(state({}, { views: null })).views?.size).toBe(0);
  });
});

describe('the date a point of view is shown at', () => {
  afterEach(() => vi.useRealTimers());

  it("is the article's publication date; today when the reader asks for it or the story has no date", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-05-06T23:30:00Z'));
    expect(viewDate(state({}, { story: publishedOn('2017-03-22') }))).toBe('2017-03-22');
    expect(viewDate(state({ today: true }, { story: publishedOn('2017-03-22') }))).toBe('2030-05-06');
    expect(viewDate(state({}, { story }))).toBe('2030-05-06');
    expect(viewDate(state({}, { story: null }))).toBe('2030-05-06');
  });
});

describe('the map as a point of view draws it', () => {
  const real = readGeo();
  const seen = (route: Partial<Route>) =>
    state({ view: 'russia', ...route }, { geo: real, views, story: publishedOn('2017-03-22') });
  const nameOf = (g: GeoData | null, id: string) =>
    g?.regions.features.find((f) => f.id === id)?.properties.name;

  it("is the view's names as of the article's date, or as of today", () => {
    expect(nameOf(viewedGeoOf(seen({})), 'crimea')).toBe('Republic of Crimea');
    expect(nameOf(viewedGeoOf(seen({})), 'donbass-separatist-held')).toBe(
      'certain areas of the Donetsk and Luhansk regions',
    );
    expect(nameOf(viewedGeoOf(seen({ today: true })), 'donbass-separatist-held')).toBe(
      "Donetsk and Luhansk People's Republics",
    );
    expect(viewedGeoOf(state({}, { geo: null, views }))).toBeNull();
    expect(viewedGeoOf(state({}, { geo: real, views: null }))).toBe(real);
  });

  it('is the same object while the data, the view and the date stay, and a new one when any changes', () => {
    const first = viewedGeoOf(seen({}));
    expect(viewedGeoOf(seen({}))).toBe(first);
    const today = viewedGeoOf(seen({ today: true }));
    expect(today).not.toBe(first);
    expect(viewedGeoOf(seen({ view: 'ukraine', today: true }))).not.toBe(today);
    expect(viewedGeoOf(state({ view: 'ukraine', today: true }, { geo: { ...real }, views }))).not.toBe(today);
  });
});
