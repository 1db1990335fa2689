/**
 * The default story against its source: verbatim passages, the mentions a careful reader
 * would mark, the editor's events, and the committed file equal to a fresh build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory, type Story } from '../app/story/schema.ts';
import { buildStory, defaultArticles, defaultOutFor } from './build.ts';
import { CONTENT_DIR, DEFAULT_ARTICLE } from './files.ts';

const article = fs.readFileSync(DEFAULT_ARTICLE, 'utf8');
const committed = fs.readFileSync(path.join(CONTENT_DIR, 'article.json'), 'utf8');
const story = JSON.parse(committed) as Story;
const passage = (id: string) => {
  const found = story.passages.find((p) => p.id === id);
  if (!found) throw new Error(`no passage ${id}`);
  return found;
};

describe('passages', () => {
  it('are the article verbatim, in order', () => {
    let from = 0;
    for (const p of story.passages) {
      const at = article.indexOf(p.text, from);
      expect(at, `${p.id} is not an exact substring after the previous passage`).toBeGreaterThanOrEqual(0);
      from = at + p.text.length;
    }
  });

  it('start with the headline as p0 and number the rest in order', () => {
    expect(story.passages[0]?.text).toBe('Putin Meets ‘President’ of Georgia Breakaway Region South Ossetia');
    expect(story.passages.map((p) => p.id)).toEqual(story.passages.map((_, i) => `p${i}`));
    expect(story.passages.at(-1)?.text).toMatch(/^“Russia’s critics say .* Reuters noted this month\.$/);
  });

  it('leave out the photo slug and credit and the comment box', () => {
    const texts = story.passages.map((p) => p.text).join('\n');
    for (const furniture of ['RUSSIA-SLOVENIA-DIPLOMACY', 'Getty Images', 'COMMENTS', 'commenting']) {
      expect(texts).not.toContain(furniture);
    }
    expect(story.passages).toHaveLength(18);
  });
});

describe('mentions', () => {
  const marked = (id: string) => passage(id).mentions.map((m) => `${m.region}:${m.text}`);

  it('mark every region name, demonym and place the article uses', () => {
    expect(marked('p0')).toEqual(['georgia:Georgia', 'south-ossetia:South Ossetia']);
    expect(marked('p2')).toEqual(['russia:Kremlin', 'south-ossetia:South Ossetia', 'russia:Russia']);
    expect(marked('p9')).toEqual([
      'russia:Russia',
      'georgia:Georgian',
      'south-ossetia:South Ossetia',
      'georgia:Georgian',
    ]);
    expect(marked('p15')).toEqual([
      'south-ossetia:South Ossetia',
      'south-ossetia:Tskhinvali',
      'south-ossetia:South Ossetia',
      'south-ossetia:Alania',
    ]);
    expect(marked('p17')).toEqual([
      'russia:Russia',
      'south-ossetia:South Ossetia',
      'russia:Russia',
      'ukraine:Ukraine',
      'crimea:Crimea Peninsula',
      'donbass:eastern Ukrainian',
      'donbass:Donbass',
    ]);
  });

  it('do not mark a region inside a news outlet’s name ("Civil Georgia")', () => {
    for (const id of ['p3', 'p12']) {
      expect(passage(id).text).toContain('Civil Georgia');
      expect(passage(id).mentions.filter((m) => m.region === 'georgia')).toEqual([]);
    }
  });

  it('include the curated implicit references', () => {
    expect(passage('p3').implicit).toEqual([
      expect.objectContaining({ region: 'south-ossetia', quote: 'our republic' }),
    ]);
    expect(passage('p16').implicit).toEqual([
      expect.objectContaining({ region: 'south-ossetia', quote: 'the referendum' }),
    ]);
  });
});

describe('events', () => {
  it('cover what the article reports, each in its passage with the article’s wording of when', () => {
    const byId = new Map(story.events.map((e) => [e.id, e]));
    const expected: [string, string, string | null, string[]][] = [
      ['secession-war', 'p8', 'After the fall of the Soviet Union', ['south-ossetia', 'georgia', 'russia']],
      ['airstrikes-2008', 'p9', 'in 2008', ['russia', 'georgia', 'south-ossetia']],
      ['tibilov-takes-office', 'p5', 'five years ago', ['south-ossetia']],
      ['crimea-annexation', 'p17', 'in 2014', ['crimea', 'russia', 'ukraine']],
      ['donbass-separatists', 'p17', null, ['donbass', 'russia', 'ukraine']],
      ['military-merger', 'p7', 'about a week before the meeting', ['south-ossetia', 'russia', 'georgia']],
      ['moscow-meeting', 'p11', 'on Tuesday', ['south-ossetia', 'russia']],
      ['presidential-election', 'p2', 'upcoming', ['south-ossetia']],
      ['renaming-referendum', 'p15', 'expected, besides the presidential election', ['south-ossetia']],
    ];
    for (const [id, passageId, when, regions] of expected) {
      expect(byId.get(id), id).toMatchObject({ passage: passageId, when, regions });
    }
  });

  it('are each reported in a passage that concerns every region they name', () => {
    for (const event of story.events) {
      const p = passage(event.passage);
      const regions = new Set([...p.mentions, ...p.implicit].map((m) => m.region));
      for (const region of event.regions)
        expect(regions.has(region), `${event.id}: ${region} in ${p.id}`).toBe(true);
    }
  });

  it('quote a year only where the article gives it; other dates are marked as the editor’s', () => {
    for (const event of story.events) {
      if (event.date?.source !== 'article') continue;
      expect(passage(event.passage).text, event.id).toContain(event.date.value);
    }
    expect(story.events.filter((e) => e.date?.source === 'editor').length).toBeGreaterThan(0);
  });
});

describe('the committed story', () => {
  it('is valid, cross-references included', () => {
    const regions = ['russia', 'ukraine', 'georgia', 'donbass', 'crimea', 'south-ossetia'];
    expect(checkStory(story, regions).ok).toBe(true);
  });

  it('equals a fresh build, as does every other article (run `npm run content` after changing authoring/)', () => {
    expect(buildStory(DEFAULT_ARTICLE) === committed).toBe(true);
    for (const article of defaultArticles()) {
      const published = fs.readFileSync(defaultOutFor(article), 'utf8');
      expect(buildStory(article) === published, article).toBe(true);
    }
  });
});
