import { describe, expect, it } from 'vitest';
import type { Story } from '../app/story/schema.ts';
import { emptyScore, locateMarks, overall, precision, recall, scoreArticle, scoreTable } from './score.ts';

const story = (text: string, mentions: [string, number, number][]): Story =>
  ({
    passages: [
      {
        id: 'p0',
        text,
        mentions: mentions.map(([region, start, end]) => ({
          region,
          start,
          end,
          text: text.slice(start, end),
        })),
        implicit: [],
      },
    ],
    events: [],
  }) as unknown as Story;

describe('scoring mentions against hand marks', () => {
  it('places each mark at the occurrence a found mention of its region covers, else the next in reading order', () => {
    const text = 'Georgian Dream says Georgian troops left Georgia.';
    expect(locateMarks(text, ['georgia:Georgian'], []).map((m) => m.start)).toEqual([0]);
    const found = [{ region: 'georgia', start: 20, end: 28, text: 'Georgian' }];
    expect(locateMarks(text, ['georgia:Georgian'], found).map((m) => m.start)).toEqual([20]);
    expect(locateMarks(text, ['georgia:Georgia', 'georgia:Georgia'], []).map((m) => m.start)).toEqual([
      41, -1,
    ]);
  });

  it('counts a longer mention over the marked words as agreeing, and a wrong region or place as both errors', () => {
    const text = 'Donetsk People’s Republic, not Luhansk, said Moscow.';
    const score = scoreArticle(
      'a',
      story(text, [
        ['donbass', 0, 25],
        ['ukraine', 31, 38],
      ]),
      { passages: { p0: ['donbass:Donetsk', 'donbass:Luhansk', 'russia:Moscow'] } },
      emptyScore(),
    );
    expect(score.mentions.get('donbass')).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(score.mentions.get('ukraine')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.mentions.get('russia')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.paragraphs.get('donbass')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(score.paragraphs.get('ukraine')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.misses.map((m) => `${m.kind} ${m.mark}`)).toEqual([
      'false positive ukraine:Luhansk',
      'missed donbass:Luhansk',
      'missed russia:Moscow',
    ]);
    const all = overall(score.mentions);
    expect([precision(all), recall(all)]).toEqual([0.5, 1 / 3]);
  });

  it('agrees only where the words overlap: a mention that ends where the mark begins is both errors', () => {
    const text = 'Crimea Crimea';
    const score = scoreArticle(
      'a',
      story(text, [['crimea', 0, 6]]),
      { passages: { p0: ['crimea:Crimea', 'crimea:Crimea'] } },
      emptyScore(),
    );
    expect(score.mentions.get('crimea')).toEqual({ tp: 1, fp: 0, fn: 1 });
    const touching = scoreArticle(
      'a',
      story(text, [['crimea', 6, 7]]),
      { passages: { p0: ['crimea:Crimea'] } },
      emptyScore(),
    );
    expect(touching.mentions.get('crimea')).toEqual({ tp: 0, fp: 1, fn: 1 });
    // A mark's words found by the tool for another region do not place the mark there.
    expect(
      locateMarks(text, ['crimea:Crimea'], [{ region: 'russia', start: 7, end: 13, text: 'Crimea' }])[0]
        ?.start,
    ).toBe(0);
    // A mention that merely touches the second occurrence does not place the mark there either.
    expect(
      locateMarks(text, ['crimea:Crimea'], [{ region: 'crimea', start: 13, end: 13, text: '' }])[0]?.start,
    ).toBe(0);
    expect(
      locateMarks(text, ['crimea:Crimea'], [{ region: 'crimea', start: 0, end: 7, text: 'Crimea ' }])[0]
        ?.start,
    ).toBe(0);
    expect(
      locateMarks(text, ['crimea:Crimea'], [{ region: 'crimea', start: 6, end: 8, text: ' C' }])[0]?.start,
    ).toBe(7);
  });

  it('finds marked words with the characters a pattern would read as its own', () => {
    const text = 'In (South) Ossetia?';
    expect(locateMarks(text, ['south-ossetia:(South) Ossetia?'])[0]?.start).toBe(3);
    expect(locateMarks(text, ['south-ossetia:Abkhazia'])[0]).toMatchObject({ start: -1, end: -1 });
  });

  it('counts marks of a paragraph the tool does not have as misses, and mentions in one without marks as false', () => {
    const score = scoreArticle(
      'a',
      story('Crimea', [['crimea', 0, 6]]),
      { passages: { p3: ['russia:Moscow'] } },
      emptyScore(),
    );
    expect(score.mentions.get('crimea')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.mentions.get('russia')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.paragraphs.get('russia')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.misses).toEqual([
      { article: 'a', passage: 'p0', mark: 'crimea:Crimea', kind: 'false positive' },
      { article: 'a', passage: 'p3', mark: 'russia:Moscow', kind: 'missed' },
    ]);
  });

  it('calls precision and recall perfect when there was nothing to find and nothing found', () => {
    expect(precision({ tp: 0, fp: 0, fn: 3 })).toBe(1);
    expect(recall({ tp: 0, fp: 3, fn: 0 })).toBe(1);
    expect(recall({ tp: 3, fp: 0, fn: 1 })).toBe(0.75);
  });
});

describe('the accuracy table', () => {
  it('has a row per region in order, then all, with marks, precision and recall at both levels', () => {
    const score = emptyScore();
    score.mentions.set('russia', { tp: 3, fp: 1, fn: 1 });
    score.mentions.set('crimea', { tp: 1, fp: 0, fn: 0 });
    score.paragraphs.set('crimea', { tp: 1, fp: 0, fn: 1 });
    score.paragraphs.set('abkhazia', { tp: 0, fp: 1, fn: 0 });
    expect(scoreTable(score)).toBe(
      [
        '| region | marks | precision | recall | paragraphs | precision | recall |',
        '|---|---:|---:|---:|---:|---:|---:|',
        '| abkhazia | 0 | 1.00 | 1.00 | 0 | 0.00 | 1.00 |',
        '| crimea | 1 | 1.00 | 1.00 | 2 | 1.00 | 0.50 |',
        '| russia | 4 | 0.75 | 0.75 | 0 | 1.00 | 1.00 |',
        '| **all** | 5 | 0.80 | 0.80 | 2 | 0.50 | 0.50 |',
      ].join('\n'),
    );
  });
});
