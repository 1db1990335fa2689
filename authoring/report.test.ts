import { describe, expect, it } from 'vitest';
import type { Story } from '../app/story/schema.ts';
import { formatReport } from './report.ts';

const story = {
  source: 'wire.txt',
  title: 'T',
  passages: [
    {
      id: 'p0',
      text: 'Russia and Crimea, Crimea',
      mentions: [
        { region: 'russia', start: 0, end: 6, text: 'Russia' },
        { region: 'crimea', start: 11, end: 17, text: 'Crimea' },
        { region: 'crimea', start: 19, end: 25, text: 'Crimea' },
      ],
      implicit: [{ region: 'russia', quote: 'and', note: 'not really' }],
    },
    {
      id: 'p1',
      text: 'the peninsula',
      mentions: [],
      implicit: [{ region: 'crimea', quote: 'the peninsula', note: 'Crimea' }],
    },
    { id: 'p2', text: 'nothing here', mentions: [], implicit: [] },
  ],
  events: [
    { id: 'e1', summary: 'Curated.', regions: ['crimea'], passage: 'p0', when: 'in 2014', review: 'curated' },
    {
      id: 'p0-in-2014',
      summary: 'Proposed.',
      regions: ['crimea'],
      passage: 'p0',
      when: 'in 2014',
      review: 'proposed',
    },
    { id: 'p1-x', summary: 'Undated.', regions: ['crimea'], passage: 'p1', review: 'proposed' },
  ],
} as unknown as Story;

describe('the report for the editor', () => {
  it('lists per region, alphabetically, each passage and the words matched, then the events to review', () => {
    expect(formatReport(story)).toBe(
      [
        'wire.txt: 3 passages, 3 events',
        'title: “T”',
        '',
        'crimea: 2 passages',
        '  p0   “Crimea”, “Crimea”',
        '  p1   “the peninsula” (editor)',
        '',
        'russia: 1 passage',
        '  p0   “Russia”, “and” (editor)',
        '',
        'events: 1 curated, 2 proposed',
        '  proposed p0-in-2014 (in 2014): Proposed.',
        '  proposed p1-x (undated): Undated.',
        '',
        'names not taken as mentions: 0',
        '',
        'lines not in any passage: 0',
      ].join('\n'),
    );
  });

  it('lists every line left out of the passages, with the rule that left it out', () => {
    const report = formatReport(story, [{ line: 3, text: 'RUSSIA-SLOVENIA', rule: 'photo slug' }]);
    expect(report.split('\n').slice(-2)).toEqual([
      'lines not in any passage: 1',
      '  line 3: “RUSSIA-SLOVENIA” (photo slug)',
    ]);
  });

  it('lists each name not taken as a mention, with the rule that rejected it', () => {
    const report = formatReport(
      story,
      [],
      [{ passage: 'p2', region: 'georgia', text: 'Georgia', rule: 'US state of Georgia' }],
    );
    expect(report).toContain(
      'names not taken as mentions: 1\n  p2   “Georgia” (georgia): rule US state of Georgia',
    );
  });
});
