import { describe, expect, it } from 'vitest';
import { EMPTY_ROUTE, formatHash, knownOnly, parseHash } from './route.ts';

const known = {
  regions: new Set(['crimea', 'donbass']),
  passages: new Set(['p0', 'p17']),
  events: new Set(['crimea-annexation']),
};

describe('the URL hash', () => {
  it.each([
    ['#region=crimea', { ...EMPTY_ROUTE, region: 'crimea' }],
    ['#region=crimea&passage=p17', { ...EMPTY_ROUTE, region: 'crimea', passage: 'p17' }],
    ['#passage=p17', { ...EMPTY_ROUTE, passage: 'p17', article: true }],
    ['#event=crimea-annexation', { ...EMPTY_ROUTE, event: 'crimea-annexation' }],
    ['#article', { ...EMPTY_ROUTE, article: true }],
    ['', EMPTY_ROUTE],
  ])('%s is read and written back the same', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(formatHash(route)).toBe(hash);
  });

  it('ignores values that are not ids', () => {
    expect(parseHash('#region=<img src=x onerror=alert(1)>&passage=javascript:alert(1)')).toEqual(
      EMPTY_ROUTE,
    );
    expect(parseHash(`#region=${'a'.repeat(500)}`)).toEqual(EMPTY_ROUTE);
  });

  it('drops ids the data does not know', () => {
    expect(knownOnly(parseHash('#region=narnia'), known)).toEqual(EMPTY_ROUTE);
    expect(knownOnly(parseHash('#region=crimea&passage=p99'), known)).toEqual({
      ...EMPTY_ROUTE,
      region: 'crimea',
    });
    expect(knownOnly(parseHash('#event=nothing'), known)).toEqual(EMPTY_ROUTE);
    expect(knownOnly(parseHash('#passage=p99999'), known)).toEqual(EMPTY_ROUTE);
    expect(knownOnly(parseHash('#article'), known)).toEqual({ ...EMPTY_ROUTE, article: true });
  });
});

describe('routes at the edges', () => {
  it('reads a hash with or without its #, and ids of up to 64 characters only', () => {
    expect(parseHash('region=crimea').region).toBe('crimea');
    expect(parseHash(`#region=${'a'.repeat(64)}`).region).toBe('a'.repeat(64));
    expect(parseHash(`#region=${'a'.repeat(65)}`).region).toBeNull();
    expect(parseHash('#region=-crimea').region).toBeNull();
    expect(parseHash('#region=Crimea').region).toBeNull();
  });

  it('opens the article for a passage alone or for #article, and not alongside a region or an event', () => {
    expect(parseHash('#passage=p3')).toEqual({ ...EMPTY_ROUTE, passage: 'p3', article: true });
    expect(parseHash('#article')).toEqual({ ...EMPTY_ROUTE, article: true });
    expect(parseHash('#region=crimea&article')).toEqual({ ...EMPTY_ROUTE, region: 'crimea' });
    expect(parseHash('#event=e1&article')).toEqual({ ...EMPTY_ROUTE, event: 'e1' });
    expect(parseHash('#region=crimea&event=e1')).toEqual({ ...EMPTY_ROUTE, region: 'crimea' });
  });

  it('keeps known ids only: an unknown region lets a known event through, an unknown passage opens nothing', () => {
    const known = { regions: new Set(['crimea']), passages: new Set(['p1']), events: new Set(['e1']) };
    expect(knownOnly({ ...EMPTY_ROUTE, region: 'narnia', event: 'e1' }, known)).toEqual({
      ...EMPTY_ROUTE,
      event: 'e1',
    });
    expect(knownOnly({ ...EMPTY_ROUTE, region: 'crimea', event: 'e1' }, known)).toEqual({
      ...EMPTY_ROUTE,
      region: 'crimea',
    });
    expect(knownOnly({ ...EMPTY_ROUTE, passage: 'p9', article: true }, known)).toEqual(EMPTY_ROUTE);
    expect(knownOnly({ ...EMPTY_ROUTE, article: true }, known)).toEqual({ ...EMPTY_ROUTE, article: true });
    expect(knownOnly({ ...EMPTY_ROUTE, passage: 'p1' }, known)).toEqual({
      ...EMPTY_ROUTE,
      passage: 'p1',
      article: true,
    });
    expect(knownOnly({ ...EMPTY_ROUTE, event: 'e9' }, known)).toEqual(EMPTY_ROUTE);
    expect(knownOnly({ ...EMPTY_ROUTE, region: 'crimea', passage: 'p1' }, known)).toEqual({
      ...EMPTY_ROUTE,
      region: 'crimea',
      passage: 'p1',
    });
  });
});

describe('a # only at the start of the hash is the hash sign', () => {
  it('does not read an id with a # inside it', () => {
    expect(parseHash('region=crimea#x').region).toBeNull();
    expect(parseHash('##region=crimea').region).toBeNull();
  });
});

describe('story mode and points of view in the hash', () => {
  it.each([
    ['#story', { ...EMPTY_ROUTE, story: true }],
    ['#story=p9', { ...EMPTY_ROUTE, story: true, passage: 'p9' }],
    ['#story=p9&view=ukraine', { ...EMPTY_ROUTE, story: true, passage: 'p9', view: 'ukraine' }],
    ['#region=crimea&view=russia', { ...EMPTY_ROUTE, region: 'crimea', view: 'russia' }],
    [
      '#region=crimea&view=russia&asof=today',
      { ...EMPTY_ROUTE, region: 'crimea', view: 'russia', today: true },
    ],
    ['#article&view=un', { ...EMPTY_ROUTE, article: true, view: 'un' }],
    ['#event=crimea-annexation&asof=today', { ...EMPTY_ROUTE, event: 'crimea-annexation', today: true }],
    ['#asof=today', { ...EMPTY_ROUTE, today: true }],
  ])('%s is read and written back the same', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
    expect(formatHash(route)).toBe(hash);
  });

  it("writes nothing for the explainer's own view, and reads asof only as today", () => {
    expect(formatHash(parseHash('#region=crimea&view=explainer'))).toBe('#region=crimea');
    expect(parseHash('#region=crimea&asof=2014-03-18')).toEqual({ ...EMPTY_ROUTE, region: 'crimea' });
    expect(parseHash('#view=Russia')).toEqual(EMPTY_ROUTE);
  });

  it('in story mode, a passage that is not an id opens the story at its top; a region or event beside it is not read', () => {
    expect(parseHash('#story=<img>')).toEqual({ ...EMPTY_ROUTE, story: true });
    expect(parseHash('#story&region=crimea&event=e1')).toEqual({ ...EMPTY_ROUTE, story: true });
  });

  it('keeps a view the data knows, drops one it does not, and keeps "as of today" either way', () => {
    const withViews = { ...known, views: new Set(['russia', 'explainer']) };
    expect(knownOnly(parseHash('#region=crimea&view=russia&asof=today'), withViews)).toEqual({
      ...EMPTY_ROUTE,
      region: 'crimea',
      view: 'russia',
      today: true,
    });
    expect(knownOnly(parseHash('#region=crimea&view=atlantis&asof=today'), withViews)).toEqual({
      ...EMPTY_ROUTE,
      region: 'crimea',
      today: true,
    });
    // Without the views loaded, no view is known.
    expect(knownOnly(parseHash('#view=russia'), known)).toEqual(EMPTY_ROUTE);
  });

  it('in story mode keeps a known passage and the view, and drops an unknown passage', () => {
    const withViews = { ...known, views: new Set(['russia']) };
    expect(knownOnly(parseHash('#story=p17&view=russia'), withViews)).toEqual({
      ...EMPTY_ROUTE,
      story: true,
      passage: 'p17',
      view: 'russia',
    });
    expect(knownOnly(parseHash('#story=p404'), withViews)).toEqual({ ...EMPTY_ROUTE, story: true });
  });
});
