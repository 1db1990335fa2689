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
