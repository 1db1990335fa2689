import { describe, expect, it } from 'vitest';
import { STORY_LIMITS } from '../app/story/limits.ts';
import { ContentError, composeStory } from './compose.ts';
import { readGazetteer, readRegionIds } from './files.ts';
import { NO_OVERRIDES } from './overrides.ts';
import { headlineProblem } from './passages.ts';

const gazetteer = { regions: { crimea: ['Crimea'], russia: ['Russia', 'Moscow'] }, notMentions: [] };
const regionIds = ['crimea', 'russia'];
const compose = (article: string, overrides = NO_OVERRIDES) =>
  composeStory({ article, source: 'test.txt', gazetteer, overrides, regionIds });

describe('composing a story', () => {
  it('takes the headline as the title and finds the mentions of each passage', () => {
    const story = compose('Crimea today\n\nMoscow said so.\n\nNo place here.');
    expect(story.title).toBe('Crimea today');
    expect(story.source).toBe('test.txt');
    expect(story.passages.map((p) => p.mentions.map((m) => `${m.region}:${m.text}`))).toEqual([
      ['crimea:Crimea'],
      ['russia:Moscow'],
      [],
    ]);
  });

  it('leaves out the mentions an editor rejected, in that passage only, by region and text', () => {
    const story = compose('Crimea and Russia\n\nCrimea and Russia', {
      ...NO_OVERRIDES,
      rejectedMentions: [{ passage: 'p1', region: 'russia', text: 'Russia' }],
    });
    expect(story.passages.map((p) => p.mentions.map((m) => m.text))).toEqual([
      ['Crimea', 'Russia'],
      ['Crimea'],
    ]);
    const other = compose('Crimea and Russia', {
      ...NO_OVERRIDES,
      rejectedMentions: [
        { passage: 'p0', region: 'crimea', text: 'Russia' },
        { passage: 'p0', region: 'russia', text: 'Moscow' },
      ],
    });
    expect(other.passages[0]?.mentions.map((m) => m.text)).toEqual(['Crimea', 'Russia']);
  });

  it('takes the words an editor marked as mentions wherever they stand whole in that passage, after the tool’s', () => {
    const story = compose('Crimea and Kerch\n\nKerch, Kerchenskyi and Kerch again; Moscow', {
      ...NO_OVERRIDES,
      mentions: [
        { passage: 'p1', region: 'crimea', text: 'Kerch' },
        { passage: 'p1', region: 'crimea', text: 'Moscow' },
      ],
    });
    expect(story.passages[0]?.mentions.map((m) => m.text)).toEqual(['Crimea']);
    const second = story.passages[1];
    expect(second?.mentions.map((m) => `${m.region}:${m.text}@${m.start}`)).toEqual([
      'crimea:Kerch@0',
      'crimea:Kerch@23',
      // The tool's mention of Moscow stands: an editor's word never takes a found mention's place.
      'russia:Moscow@36',
    ]);
    for (const m of second?.mentions ?? []) expect(second?.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('refuses an editor’s mention that is not in its passage, naming the passage and the words', () => {
    expect(() =>
      compose('Crimea', { ...NO_OVERRIDES, mentions: [{ passage: 'p0', region: 'crimea', text: 'Kerch' }] }),
    ).toThrow(/passage p0 has no “Kerch”/);
  });

  it('keeps as a passage a line the editor says is the article’s, though a furniture rule matches it', () => {
    const article = 'Crimea today\nPhoto: Russia in Crimea\nMoscow said so.\nCOMMENTS\nGreat piece';
    expect(compose(article).passages.map((p) => p.text)).toEqual(['Crimea today', 'Moscow said so.']);
    const kept = compose(article, { ...NO_OVERRIDES, keptLines: ['Photo: Russia in Crimea', 'COMMENTS'] });
    // The end of the article stays its end.
    expect(kept.passages.map((p) => p.text)).toEqual([
      'Crimea today',
      'Photo: Russia in Crimea',
      'Moscow said so.',
    ]);
  });

  it('adds the editor’s implicit references to their passage', () => {
    const story = compose('Crimea\n\nthe peninsula', {
      ...NO_OVERRIDES,
      implicit: [{ passage: 'p1', region: 'crimea', quote: 'the peninsula', note: 'Crimea' }],
    });
    expect(story.passages[1]?.implicit).toEqual([
      { region: 'crimea', quote: 'the peninsula', note: 'Crimea' },
    ]);
    expect(story.passages[0]?.implicit).toEqual([]);
  });

  it('accepts an article whose only link is an implicit reference', () => {
    const story = compose('No names here', {
      ...NO_OVERRIDES,
      implicit: [{ passage: 'p0', region: 'crimea', quote: 'No names', note: 'Crimea' }],
    });
    expect(story.passages).toHaveLength(1);
  });

  it('refuses an empty article and one that mentions no region, naming the file and the regions', () => {
    expect(() => compose('')).toThrow(new ContentError('test.txt', 'has no passages (is it empty?)'));
    expect(() => compose('Nothing\n\nto see')).toThrow(
      new ContentError(
        'test.txt',
        'mentions none of the regions the map shows (crimea, russia): nothing to link',
      ),
    );
  });

  it('proposes events, drops rejected ones and those an editor already wrote, and applies accepted edits', () => {
    const base = compose('Crimea\n\nRussia took Crimea in 2014.\n\nMoscow spoke in 2015.');
    expect(base.events.map((e) => [e.id, e.review])).toEqual([
      ['p1-in-2014', 'proposed'],
      ['p2-in-2015', 'proposed'],
    ]);
    const edited = compose('Crimea\n\nRussia took Crimea in 2014.\n\nMoscow spoke in 2015.', {
      ...NO_OVERRIDES,
      events: [
        {
          id: 'mine',
          summary: 'Mine.',
          regions: ['russia'],
          passage: 'p2',
          when: 'In 2015',
          review: 'curated',
        },
      ],
      acceptedEvents: [{ id: 'p1-in-2014', summary: 'Russia annexes Crimea.' }],
    });
    expect(edited.events.map((e) => [e.id, e.review, e.summary])).toEqual([
      ['mine', 'curated', 'Mine.'],
      ['p1-in-2014', 'curated', 'Russia annexes Crimea.'],
    ]);
    const rejected = compose('Crimea\n\nRussia took Crimea in 2014.', {
      ...NO_OVERRIDES,
      rejectedEvents: ['p1-in-2014'],
    });
    expect(rejected.events).toEqual([]);
  });

  it('refuses a story that does not check, saying why', () => {
    expect(() =>
      compose('Crimea', {
        ...NO_OVERRIDES,
        implicit: [{ passage: 'p0', region: 'atlantis', quote: 'Crimea', note: 'x' }],
      }),
    ).toThrow(/atlantis/);
  });

  it('keeps an editor’s undated event beside the proposals', () => {
    const story = compose('Crimea\n\nRussia took Crimea in 2014.', {
      ...NO_OVERRIDES,
      events: [
        {
          id: 'undated',
          summary: 'Some time.',
          regions: ['crimea'],
          passage: 'p1',
          when: null,
          review: 'curated',
        },
      ],
    });
    expect(story.events.map((e) => e.id)).toEqual(['undated', 'p1-in-2014']);
  });

  it('refuses a title longer than a story may have, saying why the first paragraph was taken for one', () => {
    const title = (length: number) =>
      `Crimea ${'and Russia '.repeat(60)}`.slice(0, length).trimEnd().padEnd(length, 'x');
    const at = STORY_LIMITS.titleCharacters;
    expect(compose(`${title(at)}\n\nRussia took Crimea.`).title).toHaveLength(at);
    const problem = headlineProblem(title(at + 1));
    if (!problem) throw new Error('a title this long is a problem');
    expect(() => compose(`${title(at + 1)}\n\nRussia took Crimea.`)).toThrow(
      new ContentError('test.txt', problem),
    );
  });

  it('accepts a paragraph that says the same time twice', () => {
    const story = compose('Crimea\n\nRussia took Crimea in 2008. Russia stayed in 2008.');
    expect(story.events.map((e) => e.id)).toEqual(['p1-in-2008', 'p1-in-2008-2']);
  });
});

describe('an article about Abkhazia alone', () => {
  it('is accepted with the project’s gazetteer and map, its places found', () => {
    const story = composeStory({
      article: 'Abkhazia votes\n\nVoters in Sukhumi and Gagra chose a new Abkhaz leader in 2025.',
      source: 'abkhazia.txt',
      gazetteer: readGazetteer(),
      overrides: NO_OVERRIDES,
      regionIds: readRegionIds(),
    });
    expect(story.passages.flatMap((p) => p.mentions.map((m) => `${m.region}:${m.text}`))).toEqual([
      'abkhazia:Abkhazia',
      'abkhazia:Sukhumi',
      'abkhazia:Gagra',
      'abkhazia:Abkhaz',
    ]);
    expect(story.events.map((e) => [e.id, e.regions])).toEqual([['p1-in-2025', ['abkhazia']]]);
  });
});
