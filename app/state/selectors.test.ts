import { describe, expect, it } from 'vitest';
import type { GeoData } from '../geo/schema.ts';
import type { Story } from '../story/schema.ts';
import { EMPTY_ROUTE, type Route } from './route.ts';
import { highlightedRegionIds, knownIds, regionFeature, regionName, storyRegions } from './selectors.ts';
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
  });
});
