import { describe, expect, it } from 'vitest';
import { proposeEvents, sentences, summaryOf, timeExpressions } from './events.ts';

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

describe('proposals at the edges', () => {
  const mention = (region: string, start: number, text: string) => ({
    region,
    start,
    end: start + text.length,
    text,
  });

  it('splits sentences after a stop, a closing quote or bracket, and any run of spaces', () => {
    expect(sentences('One. “Two!”  Three? (Four.) Five').map((s) => s.text)).toEqual([
      'One.',
      '“Two!”',
      'Three?',
      '(Four.)',
      'Five',
    ]);
    expect(sentences('No stop at the end').map((s) => [s.start, s.end])).toEqual([[0, 18]]);
    expect(sentences('Ends here. ').map((s) => s.text)).toEqual(['Ends here.']);
    expect(sentences('3.5 million')).toHaveLength(1);
  });

  it('dates a proposal by the year in its time expression, and only by a plausible year', () => {
    const one = (text: string) => proposeEvents({ id: 'p1', text }, [mention('crimea', 0, 'Crimea')])[0];
    expect(one('Crimea voted in 2014.')?.date).toEqual({ value: '2014', source: 'article' });
    expect(one('Crimea voted in 1991.')?.date).toEqual({ value: '1991', source: 'article' });
    expect(one('Crimea voted five years ago.')?.date).toBeUndefined();
    expect(one('Crimea voted five years ago.')?.id).toBe('p1-five-years-ago');
  });

  it('names the regions of its own sentence, else the passage’s, else proposes nothing', () => {
    const text = 'Crimea was quiet. Russia moved in 2014. It ended in 2015.';
    const events = proposeEvents({ id: 'p2', text }, [
      mention('crimea', 0, 'Crimea'),
      mention('russia', 18, 'Russia'),
    ]);
    expect(events.map((e) => [e.id, e.regions, e.summary])).toEqual([
      ['p2-in-2014', ['russia'], 'Russia moved in 2014.'],
      ['p2-in-2015', ['crimea', 'russia'], 'It ended in 2015.'],
    ]);
    expect(proposeEvents({ id: 'p3', text: 'It happened in 2014.' }, [])).toEqual([]);
  });

  it('takes a mention that ends exactly where its sentence ends as in that sentence', () => {
    const text = 'Crimea was quiet. Then in 2015 came Russia';
    const events = proposeEvents({ id: 'p4', text }, [
      mention('crimea', 0, 'Crimea'),
      mention('russia', text.length - 6, 'Russia'),
    ]);
    expect(events[0]?.regions).toEqual(['russia']);
  });
});

describe('time expressions and event ids', () => {
  it('gives each expression its exact range', () => {
    expect(timeExpressions('It was in 2014, then last week.')).toEqual([
      { start: 7, end: 14, text: 'in 2014' },
      { start: 21, end: 30, text: 'last week' },
    ]);
  });

  it('makes ids lower-case words joined by dashes, at most 40 characters after the passage id', () => {
    const mention = { region: 'russia', start: 0, end: 6, text: 'Russia' };
    const [capital] = proposeEvents({ id: 'p1', text: 'Russia: In 2014, it moved.' }, [mention]);
    expect(capital?.id).toBe('p1-in-2014');
    const [long] = proposeEvents(
      {
        id: 'p2',
        text: 'Russia has grown since the end of the Russian Soviet Federative Socialist Republic.',
      },
      [mention],
    );
    expect(long?.id).toBe('p2-since-the-end-of-the-russian-soviet-fede');
    expect(long?.id.length).toBe(3 + 40);
  });

  it('joins a run of spaces and punctuation into one dash, and trims dashes at the ends', () => {
    const mention = { region: 'russia', start: 0, end: 6, text: 'Russia' };
    const [dated] = proposeEvents({ id: 'p1', text: 'Russia voted on October 5, 2014, again.' }, [mention]);
    expect(dated?.id).toBe('p1-october-5-2014');
    const [spaced] = proposeEvents({ id: 'p3', text: 'Russia grew since the end of the Soviet Union .' }, [
      mention,
    ]);
    expect(spaced?.when).toBe('since the end of the Soviet Union ');
    expect(spaced?.id).toBe('p3-since-the-end-of-the-soviet-union');
  });

  it('gives two sentences of one passage with the same time expression different ids', () => {
    const mention = { region: 'georgia', start: 0, end: 7, text: 'Georgia' };
    const events = proposeEvents(
      { id: 'p1', text: 'Georgia fought in 2008. It lost land in 2008. And in 2008 again.' },
      [mention],
    );
    expect(events.map((e) => e.id)).toEqual(['p1-in-2008', 'p1-in-2008-2', 'p1-in-2008-3']);
  });
});

describe('summaryOf', () => {
  it('keeps a sentence that fits and cuts a longer one at a word, marked, within the limit', () => {
    expect(summaryOf('Crimea was annexed in 2014.', 280)).toBe('Crimea was annexed in 2014.');
    const long = `In 2008, ${'the war spread, '.repeat(30)}and ended.`;
    const cut = summaryOf(long, 280);
    expect(cut.length).toBeLessThanOrEqual(280);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    // Cut between words: the original goes on with a space or a comma there.
    expect(long[cut.length - 1]).toMatch(/[\s,]/);
  });

  it('keeps a sentence of exactly the limit whole, and cuts one character more', () => {
    expect(summaryOf('aaaa bbbbb', 10)).toBe('aaaa bbbbb');
    expect(summaryOf('aaaa bbbbbb', 10)).toBe('aaaa bbbb…');
  });

  it('cuts at the last word only when that keeps more than half the limit, else inside the word', () => {
    expect(summaryOf('aaa bbb ccc ddd', 10)).toBe('aaa bbb…');
    expect(summaryOf('aaaaa bbbbbbbbb', 10)).toBe('aaaaa bbb…');
    expect(summaryOf('aaaaaa bbbbbbbbb', 10)).toBe('aaaaaa…');
    expect(summaryOf('a bbbbbbbbbbbbbbbb', 10)).toBe('a bbbbbbb…');
  });

  it('leaves no stop, dash or space before the ellipsis', () => {
    expect(summaryOf('aaaaaa — bbbbbbbbbb', 10)).toBe('aaaaaa…');
    expect(summaryOf('aaa, bbb; ccc dddd', 10)).toBe('aaa, bbb…');
    expect(summaryOf('aaaaaaa,: bbbbbbbbbb', 10)).toBe('aaaaaaa…');
  });

  it('gives every proposal of a very long sentence a summary the schema accepts', () => {
    const text = `On 21 February 2022 ${'Moscow said more about Donetsk, '.repeat(20)}then stopped.`;
    const [event] = proposeEvents({ id: 'p1', text }, [{ region: 'donbass', start: 0, end: 0, text: '' }]);
    expect(event?.summary.length).toBeLessThanOrEqual(280);
  });
});
