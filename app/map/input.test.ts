/**
 * The map's one input, read from the real store with the published data, and what the
 * renderers' reports do to the store.
 */
import fs from 'node:fs';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { createExplainerStore, type ExplainerStore } from '../state/store.ts';
import type { Story } from '../story/schema.ts';
import { viewsSchema } from '../views/schema.ts';
import { mapFeed, mapInputOf, reportTo, sameInput } from './input.ts';

const geo = readGeo();
const story: Story = JSON.parse(fs.readFileSync('public/content/article.json', 'utf8'));
const views = v.parse(viewsSchema, JSON.parse(fs.readFileSync('public/data/views.json', 'utf8')));
const passage = story.passages.find((p) => p.mentions.length > 0);
if (!passage) throw new Error('the story needs a passage that names a region');

let store: ExplainerStore;
beforeEach(() => {
  store = createExplainerStore();
  store.getState().setGeo(geo);
  store.getState().setStory(story);
  store.getState().setViews(views);
});

describe('what the map draws from', () => {
  it('is nothing before the data is loaded', () => {
    expect(mapInputOf(createExplainerStore().getState())).toBeNull();
    expect(() => mapFeed(createExplainerStore()).read()).toThrow(
      'the map was shown before its data was loaded',
    );
  });

  it('is the published map, no highlight, no hover, out of story mode, at first', () => {
    expect(mapInputOf(store.getState())).toEqual({
      geo,
      highlighted: [],
      hovered: null,
      storySteps: false,
      storyMode: false,
      frameRequests: 0,
      urlRead: false,
    });
  });

  it('follows a choice, the hover, story mode, a second ask to frame, the URL read and a point of view', () => {
    const s = () => store.getState();
    s().selectRegion('crimea');
    expect(mapInputOf(s())).toMatchObject({ highlighted: ['crimea'], frameRequests: 1 });
    s().selectRegion('crimea');
    expect(mapInputOf(s())?.frameRequests).toBe(2);
    s().hoverRegion('georgia');
    expect(mapInputOf(s())?.hovered).toBe('georgia');
    s().readStory(passage.id);
    expect(mapInputOf(s())).toMatchObject({ storyMode: true, storySteps: true });
    expect(mapInputOf(s())?.highlighted.length).toBeGreaterThan(0);
    s().markUrlRead();
    expect(mapInputOf(s())?.urlRead).toBe(true);
    s().setView('russia', false);
    const russian = mapInputOf(s())?.geo;
    expect(russian).not.toBe(geo);
    expect(russian?.regions.features.find((f) => f.id === 'abkhazia')?.properties.name).toBe(
      'Republic of Abkhazia',
    );
  });

  it('is one object for as long as nothing in it changes, and a new one when anything does', () => {
    const feed = mapFeed(store);
    const first = feed.read();
    store.getState().reportProblem('something unrelated to the map');
    expect(feed.read()).toBe(first);
    store.getState().selectRegion('georgia');
    const chosen = feed.read();
    expect(chosen).not.toBe(first);
    expect(feed.read()).toBe(chosen);
    const base = mapInputOf(store.getState());
    if (!base) throw new Error('no input');
    const changes: Partial<typeof base>[] = [
      { geo: { ...geo } },
      { highlighted: ['crimea'] },
      { hovered: 'crimea' },
      { storySteps: !base.storySteps },
      { storyMode: !base.storyMode },
      { frameRequests: base.frameRequests + 1 },
      { urlRead: !base.urlRead },
    ];
    expect(sameInput(base, { ...base, highlighted: [...base.highlighted] })).toBe(true);
    for (const change of changes)
      expect(sameInput(base, { ...base, ...change }), JSON.stringify(Object.keys(change))).toBe(false);
  });

  it('tells its listeners of every change to the store, and stops when asked', () => {
    const feed = mapFeed(store);
    let heard = 0;
    const stop = feed.subscribe(() => heard++);
    store.getState().hoverRegion('crimea');
    expect(heard).toBe(1);
    stop();
    store.getState().hoverRegion('georgia');
    expect(heard).toBe(1);
  });
});

describe('what a renderer reports', () => {
  it('selects a region on a click, clears on a click on none, hovers on a move and stops on leaving', () => {
    const report = reportTo(store);
    report({ gesture: 'click', region: 'abkhazia' });
    expect(store.getState().route.region).toBe('abkhazia');
    report({ gesture: 'move', region: 'crimea' });
    expect(store.getState().hoveredRegionId).toBe('crimea');
    report({ gesture: 'leave', region: null });
    expect(store.getState().hoveredRegionId).toBeNull();
    report({ gesture: 'click', region: null });
    expect(store.getState().route.region).toBeNull();
  });

  it('shows a problem and sets the map’s status, but a failed map stays failed when it goes', () => {
    const report = reportTo(store);
    report({ problem: 'Map: lost' });
    expect(store.getState().problems).toContain('Map: lost');
    report({ status: 'loading' });
    expect(store.getState().mapStatus).toBe('loading');
    report({ status: 'ready' });
    expect(store.getState().mapStatus).toBe('ready');
    report({ status: 'idle' });
    expect(store.getState().mapStatus).toBe('idle');
    report({ status: 'failed' });
    report({ status: 'idle' });
    expect(store.getState().mapStatus).toBe('failed');
  });
});
