import { describe, expect, it } from 'vitest';
import { proposeEvents, sentences, timeExpressions } from './events.ts';

describe('sentences', () => {
  it('splits after a stop and any closing quote, keeping ranges into the passage', () => {
    const text = '“We are pleased,” he said. Then he left! Did he? Yes';
    const parts = sentences(text);
    expect(parts.map((s) => s.text)).toEqual([
      '“We are pleased,” he said.',
      'Then he left!',
      'Did he?',
      'Yes',
    ]);
    for (const s of parts) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('timeExpressions', () => {
  it.each([
    ['Russia annexed Crimea in 2014.', 'in 2014'],
    ['They met on Tuesday in Moscow.', 'on Tuesday'],
    ['The meeting comes about a week after Putin endorsed it.', 'about a week after'],
    ['the state of affairs five years ago when he took office', 'five years ago'],
    ['the upcoming presidential polls', 'upcoming'],
    ['After the fall of the Soviet Union, South Ossetia fought a war.', 'After the fall of the Soviet Union'],
    ['Fighting broke out in April 2014 in Donetsk.', 'in April 2014'],
    ['Reuters noted this month.', 'this month'],
  ])('finds the time in “%s”', (sentence, expected) => {
    expect(timeExpressions(sentence)[0]?.text).toBe(expected);
  });

  it('finds nothing in a sentence without a time', () => {
    expect(timeExpressions('Russia and South Ossetia have built truly allied relations.')).toEqual([]);
  });
});

describe('proposeEvents', () => {
  it('proposes one event per dated sentence, with its regions and the article’s year', () => {
    const passage = {
      id: 'p3',
      text: 'Crimea was annexed in 2014. It is quiet. Donbass fighting began in April 2014.',
    };
    const mentions = [
      { region: 'crimea', start: 0, end: 6, text: 'Crimea' },
      { region: 'donbass', start: 41, end: 48, text: 'Donbass' },
    ];
    expect(proposeEvents(passage, mentions)).toEqual([
      {
        id: 'p3-in-2014',
        summary: 'Crimea was annexed in 2014.',
        regions: ['crimea'],
        passage: 'p3',
        when: 'in 2014',
        date: { value: '2014', source: 'article' },
        review: 'proposed',
      },
      {
        id: 'p3-in-april-2014',
        summary: 'Donbass fighting began in April 2014.',
        regions: ['donbass'],
        passage: 'p3',
        when: 'in April 2014',
        date: { value: '2014', source: 'article' },
        review: 'proposed',
      },
    ]);
  });
});
