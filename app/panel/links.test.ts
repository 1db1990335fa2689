import { describe, expect, it } from 'vitest';
import { parseHash } from '../state/route.ts';
import { passageHref } from './links.ts';

describe('a link to a passage', () => {
  it('opens it in the region’s panel when a region is open, else in the article', () => {
    expect(passageHref('crimea', 'p3')).toBe('#region=crimea&passage=p3');
    expect(passageHref(null, 'p3')).toBe('#passage=p3');
    expect(parseHash(passageHref('crimea', 'p3'))).toMatchObject({
      region: 'crimea',
      passage: 'p3',
      article: false,
    });
    expect(parseHash(passageHref(null, 'p3'))).toMatchObject({ region: null, passage: 'p3', article: true });
  });
});
