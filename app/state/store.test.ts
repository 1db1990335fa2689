import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_ROUTE } from './route.ts';
import { createExplainerStore, type ExplainerStore, store as shared, useExplainer } from './store.ts';

let store: ExplainerStore;
beforeEach(() => {
  store = createExplainerStore();
});

describe('selection', () => {
  it('starts with nothing selected or hovered', () => {
    expect(store.getState().route).toEqual(EMPTY_ROUTE);
    expect(store.getState().hoveredRegionId).toBeNull();
  });

  it('has not read the URL until told it has (the first view waits for it)', () => {
    expect(store.getState().urlRead).toBe(false);
    store.getState().markUrlRead();
    expect(store.getState().urlRead).toBe(true);
  });

  it('selects a region, with a passage in focus, and clears it', () => {
    store.getState().selectRegion('crimea', 'p17');
    expect(store.getState().route).toEqual({ ...EMPTY_ROUTE, region: 'crimea', passage: 'p17' });
    store.getState().clearSelection();
    expect(store.getState().route).toEqual(EMPTY_ROUTE);
  });

  it('keeps the article open when the highlight is cleared', () => {
    store.getState().showPassage('p9');
    expect(store.getState().route).toEqual({ ...EMPTY_ROUTE, passage: 'p9', article: true });
    store.getState().clearSelection();
    expect(store.getState().route).toEqual({ ...EMPTY_ROUTE, article: true });
  });

  it('asks the map to frame a choice again even when the route stays the same', () => {
    store.getState().selectRegion('crimea');
    const route = store.getState().route;
    const before = store.getState().frameRequests;
    store.getState().selectRegion('crimea');
    expect(store.getState().route).toBe(route);
    expect(store.getState().frameRequests).toBe(before + 1);
  });

  it('does not notify subscribers when the hovered region or the route stays the same', () => {
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().hoverRegion('donbass');
    store.getState().hoverRegion('donbass');
    store.getState().setRoute(EMPTY_ROUTE);
    expect(notified).toBe(1);
  });
});

describe('problems', () => {
  it('keeps each message once, in the order reported', () => {
    const { reportProblem } = store.getState();
    reportProblem('regions.geojson: could not be loaded (HTTP 404)');
    reportProblem('Map: context lost');
    reportProblem('regions.geojson: could not be loaded (HTTP 404)');
    expect(store.getState().problems).toEqual([
      'regions.geojson: could not be loaded (HTTP 404)',
      'Map: context lost',
    ]);
  });
});

describe('routes a reader can choose', () => {
  it('shows an event, opens the article, and clears a region without reopening the article', () => {
    store.getState().showEvent('crimea-annexation');
    expect(store.getState().route).toEqual({ ...EMPTY_ROUTE, event: 'crimea-annexation' });
    expect(store.getState().frameRequests).toBe(1);
    store.getState().openArticle();
    expect(store.getState().route).toEqual({ ...EMPTY_ROUTE, article: true });
    expect(store.getState().frameRequests).toBe(1); // opening the article is not a choice of place
    store.getState().selectRegion('crimea');
    store.getState().clearSelection();
    expect(store.getState().route).toEqual(EMPTY_ROUTE);
  });

  it('selecting nothing clears, and clearing twice changes nothing', () => {
    store.getState().selectRegion('crimea');
    store.getState().selectRegion(null);
    expect(store.getState().route).toEqual(EMPTY_ROUTE);
    const route = store.getState().route;
    store.getState().clearSelection();
    expect(store.getState().route).toBe(route);
  });

  it('takes a route from the URL as it is', () => {
    const route = { ...EMPTY_ROUTE, region: 'georgia', passage: 'p1' };
    store.getState().setRoute(route);
    expect(store.getState().route).toEqual(route);
    expect(store.getState().frameRequests).toBe(0);
  });
});

describe('data', () => {
  it('starts empty and idle, then holds what it is given', () => {
    const s = store.getState();
    expect([s.geo, s.story, s.mapStatus, s.problems]).toEqual([null, null, 'idle', []]);
    const geo = { regions: { type: 'FeatureCollection', features: [] } } as never;
    const story = { title: 'A story' } as never;
    s.setGeo(geo);
    s.setStory(story);
    s.setMapStatus('ready');
    expect(store.getState().geo).toBe(geo);
    expect(store.getState().story).toBe(story);
    expect(store.getState().mapStatus).toBe('ready');
  });
});

describe('story mode following the reading position', () => {
  it('moves the passage while the story is open, and never reopens it once the reader has left', () => {
    const store = createExplainerStore();
    store.getState().readStory();
    store.getState().followStory('p3');
    expect(store.getState().route).toMatchObject({ story: true, passage: 'p3' });
    // The reader opens the article (a link, Back); a reading position reported late is ignored.
    store.getState().openArticle();
    store.getState().followStory('p4');
    expect(store.getState().route).toMatchObject({ article: true, passage: null });
    expect(store.getState().route.story).toBeFalsy();
  });
});

describe('story mode, opened and left', () => {
  it('opens at the top or at a passage, frames the map even when the route stays, and keeps the point of view', () => {
    const store = createExplainerStore();
    store.getState().setView('russia', true);
    store.getState().readStory();
    expect(store.getState().route).toEqual({ ...EMPTY_ROUTE, story: true, view: 'russia', today: true });
    const frames = store.getState().frameRequests;
    store.getState().readStory();
    expect(store.getState().frameRequests).toBe(frames + 1);
    store.getState().readStory('p9');
    expect(store.getState().route).toEqual({
      ...EMPTY_ROUTE,
      story: true,
      passage: 'p9',
      view: 'russia',
      today: true,
    });
  });

  it('follows the reading position without asking the map to frame it again, and leaves for a region', () => {
    const store = createExplainerStore();
    store.getState().readStory('p1');
    const frames = store.getState().frameRequests;
    store.getState().followStory('p2');
    expect(store.getState().route).toMatchObject({ story: true, passage: 'p2' });
    expect(store.getState().frameRequests).toBe(frames);
    store.getState().selectRegion('crimea');
    expect(store.getState().route).toEqual({ ...EMPTY_ROUTE, region: 'crimea' });
    store.getState().followStory('p3');
    expect(store.getState().route).toEqual({ ...EMPTY_ROUTE, region: 'crimea' });
  });
});

function Selected() {
  return createElement(
    'p',
    null,
    useExplainer((s) => s.route.region ?? 'none'),
  );
}

describe('the React binding', () => {
  it('renders what the selector reads from the store as it is, on the server too', () => {
    shared.getState().selectRegion('abkhazia', null);
    expect(renderToString(createElement(Selected))).toBe('<p>abkhazia</p>');
    shared.getState().clearSelection();
    expect(renderToString(createElement(Selected))).toBe('<p>none</p>');
  });
});
