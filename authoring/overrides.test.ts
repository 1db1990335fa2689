import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { NO_OVERRIDES, overridesSchema } from './overrides.ts';

describe('the editor’s overrides file', () => {
  it('may leave out every list: each defaults to empty', () => {
    expect(v.parse(overridesSchema, {})).toEqual(NO_OVERRIDES);
    expect(NO_OVERRIDES).toEqual({
      implicit: [],
      rejectedMentions: [],
      events: [],
      acceptedEvents: [],
      rejectedEvents: [],
      dates: [],
    });
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
});
