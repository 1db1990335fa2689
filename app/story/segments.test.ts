import { describe, expect, it } from 'vitest';
import type { Passage } from './schema.ts';
import { segments } from './segments.ts';

function aPassage(): Passage {
  return {
    id: 'p0',
    text: 'Putin said our republic owes Russia.',
    mentions: [{ region: 'russia', start: 29, end: 35, text: 'Russia' }],
    implicit: [
      { region: 'south-ossetia', quote: 'our republic', note: 'South Ossetia' },
      { region: 'russia', quote: 'Russia', note: 'already a mention' },
    ],
  };
}

describe('segments', () => {
  it('cuts a passage into text, mentions and implicit references that join back to it', () => {
    const parts = segments(aPassage());
    expect(parts.map((s) => s.kind)).toEqual(['text', 'implicit', 'text', 'mention', 'text']);
    expect(parts.map((s) => s.text).join('')).toBe(aPassage().text);
  });
});

describe('segments at the edges', () => {
  const passage = (
    text: string,
    mentions: Passage['mentions'],
    implicit: Passage['implicit'] = [],
  ): Passage => ({
    id: 'p0',
    text,
    mentions,
    implicit,
  });

  it('marks a mention at the very start and at the very end, with no empty text around them', () => {
    const parts = segments(
      passage('Crimea and Russia', [
        { region: 'crimea', start: 0, end: 6, text: 'Crimea' },
        { region: 'russia', start: 11, end: 17, text: 'Russia' },
      ]),
    );
    expect(parts.map((s) => [s.kind, s.text])).toEqual([
      ['mention', 'Crimea'],
      ['text', ' and '],
      ['mention', 'Russia'],
    ]);
  });

  it('skips an implicit quote that is not in the text or touches a mention, but keeps one right beside it', () => {
    const mention = { region: 'russia', start: 4, end: 10, text: 'Russia' };
    const parts = segments(
      passage(
        'Our Russia is here',
        [mention],
        [
          { region: 'x', quote: 'missing', note: '' },
          { region: 'y', quote: 'r Rus', note: 'overlaps the start' },
          { region: 'z', quote: 'ia is', note: 'overlaps the end' },
          { region: 'w', quote: 'Our ', note: 'ends where the mention starts' },
          { region: 'v', quote: ' is', note: 'starts where the mention ends' },
        ],
      ),
    );
    expect(parts.map((s) => [s.kind, s.text])).toEqual([
      ['implicit', 'Our '],
      ['mention', 'Russia'],
      ['implicit', ' is'],
      ['text', ' here'],
    ]);
  });

  it('orders marks by position whatever order the story lists them in', () => {
    const parts = segments(
      passage('ab', [
        { region: 'b', start: 1, end: 2, text: 'b' },
        { region: 'a', start: 0, end: 1, text: 'a' },
      ]),
    );
    expect(parts.map((s) => s.text)).toEqual(['a', 'b']);
  });
});

describe('an implicit quote the text does not hold', () => {
  it('is not marked, even with no mention anywhere near', () => {
    const parts = segments({
      id: 'p0',
      text: 'Plain text.',
      mentions: [],
      implicit: [{ region: 'x', quote: 'absent', note: '' }],
    });
    expect(parts).toEqual([{ kind: 'text', text: 'Plain text.' }]);
  });
});

describe('a passage at the story limits', () => {
  it('marks 500 mentions and 100 implicit references, none twice, in text order', () => {
    const word = 'Crimea ';
    const text = word.repeat(2_800).slice(0, 19_600);
    const mentions = Array.from({ length: 500 }, (_, i) => ({
      region: 'crimea',
      start: i * word.length,
      end: i * word.length + 6,
      text: 'Crimea',
    }));
    // Every quote is already a mention or overlaps one: none may be marked again.
    const implicit = Array.from({ length: 200 }, (_, i) => ({
      region: 'crimea',
      quote: i % 2 ? 'Crimea' : 'a Cr',
      note: '',
    }));
    const parts = segments({ id: 'p0', text, mentions, implicit });
    expect(parts.filter((s) => s.kind === 'mention')).toHaveLength(500);
    expect(parts.filter((s) => s.kind === 'implicit')).toHaveLength(0);
    expect(parts.map((s) => s.text).join('')).toBe(text);
  });

  it('lets an implicit quote listed first keep its place against a later overlapping one', () => {
    const parts = segments({
      id: 'p0',
      text: 'our small republic',
      mentions: [],
      implicit: [
        { region: 'a', quote: 'small republic', note: '' },
        { region: 'b', quote: 'our small', note: '' },
        { region: 'c', quote: 'our', note: '' },
      ],
    });
    expect(parts.map((s) => [s.kind, s.text])).toEqual([
      ['implicit', 'our'],
      ['text', ' '],
      ['implicit', 'small republic'],
    ]);
  });
});

describe('a relative time with its date', () => {
  it('is marked where the passage says it, unless a mention or reference already covers those words', () => {
    const date = { value: '2017-03-21', source: 'editor' as const };
    const passage = {
      id: 'p1',
      text: 'They met in Moscow on Tuesday.',
      mentions: [{ region: 'russia', start: 12, end: 18, text: 'Moscow' }],
      implicit: [],
      dates: [
        { quote: 'on Tuesday', date },
        { quote: 'Moscow', date },
        { quote: 'on Friday', date },
      ],
    };
    const parts = segments(passage);
    expect(parts.map((s) => s.kind)).toEqual(['text', 'mention', 'text', 'dated', 'text']);
    expect(parts.map((s) => s.text).join('')).toBe(passage.text);
    expect(parts[3]).toEqual({ kind: 'dated', text: 'on Tuesday', dated: passage.dates[0] });
  });
});
