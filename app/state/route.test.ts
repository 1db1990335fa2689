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
