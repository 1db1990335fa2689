import { describe, expect, it } from 'vitest';
import type { Story } from '../app/story/schema.ts';
import { emptyScore, locateMarks, overall, precision, recall, scoreArticle } from './score.ts';

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
});
