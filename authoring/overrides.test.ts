import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { NO_OVERRIDES, overridesSchema } from './overrides.ts';

describe('the editor’s overrides file', () => {
  it('may leave out every list: each defaults to empty', () => {
    const empty = v.parse(overridesSchema, {});
    expect(empty).toEqual(NO_OVERRIDES);
    // Every list the schema knows (its entries but the editor's $comment and the publication,
    // which are not lists), and each empty: an editor writes only what they change.
    expect(Object.keys(empty).sort()).toEqual(
      Object.keys(overridesSchema.entries)
        .filter((key) => key !== '$comment' && key !== 'publication')
        .sort(),
    );
    for (const [list, value] of Object.entries(empty)) expect(value, list).toEqual([]);
  });

  it('takes passage ids only as "p" and a number', () => {
    const parse = (passage: string) =>
      v.safeParse(overridesSchema, { rejectedMentions: [{ passage, region: 'crimea', text: 'Crimea' }] });
    expect(parse('p12').success).toBe(true);
    for (const bad of ['p', 'p1x', 'xp1', '12']) {
      const result = parse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.issues?.[0]?.message).toBe('a passage id is "p" and a number');
    }
    const implicit = v.safeParse(overridesSchema, {
      implicit: [{ passage: 'p1x', region: 'crimea', quote: 'q', note: 'n' }],
    });
    expect(implicit.success).toBe(false);
  });

  it('keeps what an editor accepted, with only the edits they made', () => {
    const parsed = v.parse(overridesSchema, { acceptedEvents: [{ id: 'p1-in-2014', summary: 'Edited.' }] });
    expect(parsed.acceptedEvents).toEqual([{ id: 'p1-in-2014', summary: 'Edited.' }]);
    expect(v.safeParse(overridesSchema, { acceptedEvents: [{ id: 'x', regions: [] }] }).success).toBe(false);
  });

  it('says who set an accepted event’s time: the article or the editor, nobody else', () => {
    const by = (whenBy: string) =>
      v.safeParse(overridesSchema, { acceptedEvents: [{ id: 'x', whenBy }] }).success;
    expect(by('article')).toBe(true);
    expect(by('editor')).toBe(true);
    expect(by('')).toBe(false);
    expect(by('reader')).toBe(false);
  });

  it('takes the publication’s address only as a whole http(s) address', () => {
    const at = (url: string) =>
      v.safeParse(overridesSchema, {
        publication: { publisher: 'The Paper', published: { value: '2017-03-22', source: 'article' }, url },
      });
    expect(at('https://example.org/a').success).toBe(true);
    expect(at('http://example.org/a').success).toBe(true);
    for (const bad of [
      'example.org',
      'ftp://example.org',
      'see https://example.org',
      'https://example.org/a b',
      'https://',
    ]) {
      const result = at(bad);
      expect(result.success, bad).toBe(false);
      expect(result.issues?.[0]?.message, bad).toBe('expected an http(s) address');
    }
  });
});
