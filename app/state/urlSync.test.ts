/**
 * The URL and the route in step, with a window that keeps its hash and history like a
 * browser's (the browser tests drive the real one).
 */
import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import type { Story } from '../story/schema.ts';
import { EMPTY_ROUTE } from './route.ts';
import { createExplainerStore, type ExplainerStore } from './store.ts';
import { syncWithUrl } from './urlSync.ts';

const story: Story = JSON.parse(fs.readFileSync('public/content/article.json', 'utf8'));
const geo = readGeo();
const [first, second] = story.passages;
if (!first || !second) throw new Error('the story needs two passages');

function aWindow(hash = '') {
  const listeners = new Map<string, Set<() => void>>();
  const pushed: string[] = [];
  const replaced: string[] = [];
  const location = { hash, pathname: '/explainer/', search: '?theme=dark' };
  const go = (url: string) => {
    location.hash = url.startsWith('#') ? url : '';
  };
  const win = {
    location,
    history: {
      state: null,
      pushState: (_state: unknown, _title: string, url: string) => {
        pushed.push(url);
        go(url);
      },
      replaceState: (_state: unknown, _title: string, url: string) => {
        replaced.push(url);
        go(url);
      },
    },
    addEventListener: (type: string, listener: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(listener);
    },
    removeEventListener: (type: string, listener: () => void) => listeners.get(type)?.delete(listener),
  };
  /** The reader edits the hash, or goes Back or Forward to it. */
  const visit = (to: string, event: 'hashchange' | 'popstate') => {
    location.hash = to;
    for (const listener of listeners.get(event) ?? []) listener();
  };
  return {
    win: win as unknown as Window,
    pushed,
    replaced,
    visit,
    listening: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
}

let store: ExplainerStore;
beforeEach(() => {
  store = createExplainerStore();
  store.getState().setGeo(geo);
  store.getState().setStory(story);
});

describe('the URL and the route', () => {
  it('shows what the URL names once the data is known, and marks the URL read', () => {
    const { win, pushed, replaced } = aWindow('#region=crimea');
    syncWithUrl(store, win);
    expect(store.getState().route).toMatchObject({ region: 'crimea' });
    expect(store.getState().urlRead).toBe(true);
    expect(pushed).toEqual([]);
    expect(replaced).toEqual([]);
  });

  it('drops ids the data does not know and rewrites the URL to what is shown, without a history entry', () => {
    const { win, pushed, replaced } = aWindow('#region=atlantis');
    syncWithUrl(store, win);
    expect(store.getState().route).toEqual(EMPTY_ROUTE);
    expect(replaced).toEqual(['/explainer/?theme=dark']);
    expect(pushed).toEqual([]);
  });

  it('keeps what the reader chose before the story arrived when the URL says nothing', () => {
    store.getState().selectRegion('georgia');
    const { win, replaced, pushed } = aWindow('');
    syncWithUrl(store, win);
    expect(store.getState().route).toMatchObject({ region: 'georgia' });
    expect(replaced).toEqual(['#region=georgia']);
    expect(pushed).toEqual([]);
  });

  it('follows a URL that names something over what the reader chose before the story arrived', () => {
    store.getState().selectRegion('georgia');
    const { win, replaced, pushed } = aWindow('#region=crimea');
    syncWithUrl(store, win);
    expect(store.getState().route).toMatchObject({ region: 'crimea' });
    expect([...replaced, ...pushed]).toEqual([]);
  });

  it('records each choice after keeping an early one', () => {
    store.getState().selectRegion('georgia');
    const { win, pushed } = aWindow('');
    syncWithUrl(store, win);
    store.getState().selectRegion('crimea');
    expect(pushed).toEqual(['#region=crimea']);
  });

  it('records the choices made after following a URL, at load and after Back', () => {
    const { win, pushed, visit } = aWindow('#region=crimea');
    syncWithUrl(store, win);
    store.getState().selectRegion('georgia');
    expect(pushed).toEqual(['#region=georgia']);
    visit('#region=crimea', 'popstate');
    store.getState().selectRegion('abkhazia');
    expect(pushed).toEqual(['#region=georgia', '#region=abkhazia']);
  });

  it('writes nothing when the early choice names only what the data does not know', () => {
    store.getState().selectRegion('atlantis');
    const { win, replaced, pushed } = aWindow('');
    syncWithUrl(store, win);
    expect(store.getState().route).toEqual(EMPTY_ROUTE);
    expect([...replaced, ...pushed]).toEqual([]);
  });

  it('adds no entry when the address already shows the choice (a host rewrote it without an event)', () => {
    const { win, pushed, replaced } = aWindow('');
    syncWithUrl(store, win);
    win.location.hash = '#region=georgia';
    store.getState().selectRegion('georgia');
    expect([...pushed, ...replaced]).toEqual([]);
  });

  it('writes nothing when the URL and the reader both say nothing', () => {
    const { win, replaced, pushed } = aWindow('');
    syncWithUrl(store, win);
    expect(store.getState().route).toEqual(EMPTY_ROUTE);
    expect([...replaced, ...pushed]).toEqual([]);
  });

  it('adds a history entry for each choice, none for the same one, and moves along in story mode without one', () => {
    const { win, pushed, replaced } = aWindow('');
    syncWithUrl(store, win);
    store.getState().selectRegion('georgia');
    expect(pushed).toEqual(['#region=georgia']);
    store.getState().selectRegion('georgia');
    expect(pushed).toEqual(['#region=georgia']);
    store.getState().readStory(first.id);
    expect(pushed).toEqual(['#region=georgia', `#story=${first.id}`]);
    store.getState().followStory(second.id);
    expect(replaced).toEqual([`#story=${second.id}`]);
    expect(pushed).toHaveLength(2);
    store.getState().clearSelection();
    expect(pushed.at(-1)).toBe('/explainer/?theme=dark');
  });

  it('follows Back, Forward and an edited hash, dropping what it does not know, without writing a new entry', () => {
    const { win, pushed, replaced, visit } = aWindow('');
    syncWithUrl(store, win);
    visit('#region=crimea', 'hashchange');
    expect(store.getState().route).toMatchObject({ region: 'crimea' });
    visit('#event=nothing-known', 'popstate');
    expect(store.getState().route).toEqual(EMPTY_ROUTE);
    expect(replaced).toEqual(['/explainer/?theme=dark']);
    expect(pushed).toEqual([]);
  });

  it('stops when asked: no listener left, and choices no longer reach the URL', () => {
    const { win, pushed, listening, visit } = aWindow('');
    const stop = syncWithUrl(store, win);
    expect(listening()).toBe(2);
    stop();
    expect(listening()).toBe(0);
    store.getState().selectRegion('georgia');
    expect(pushed).toEqual([]);
    visit('#region=crimea', 'hashchange');
    expect(store.getState().route).toMatchObject({ region: 'georgia' });
  });
});
