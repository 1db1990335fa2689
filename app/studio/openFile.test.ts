import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRegionIds } from '../../authoring/files.ts';
import { openFile, tooLarge } from './openFile.ts';

const regionIds = readRegionIds();
const bytes = (text: string) => new TextEncoder().encode(text);
const story = fs.readFileSync('public/content/article.json', 'utf8');

describe('a file opened in the studio', () => {
  it('is an article when it is text', () => {
    expect(openFile('a.txt', bytes('\uFEFFTitle\n\nCrimea.'), regionIds)).toEqual({
      kind: 'article',
      name: 'a.txt',
      article: 'Title\n\nCrimea.',
    });
  });

  it('is a story when it is one the explainer can show', () => {
    const opened = openFile('article.json', bytes(story), regionIds);
    expect(opened.kind).toBe('story');
  });

  it('is an overrides file when it has only the overrides’ lists', () => {
    const opened = openFile(
      'a.overrides.json',
      bytes('{"rejectedEvents": ["x"], "mentions": []}'),
      regionIds,
    );
    expect(opened).toMatchObject({ kind: 'overrides', overrides: { rejectedEvents: ['x'] } });
  });

  it.each([
    [
      'binary data',
      'p.png',
      new Uint8Array([0x89, 0x50, 0, 1]),
      /p\.png: is not a text file \(binary data at byte 2\)/,
    ],
    ['not UTF-8', 'l.txt', new Uint8Array([0x66, 0xe9, 0x20]), /not UTF-8 text/],
    ['empty', 'e.txt', bytes('  \n'), /e\.txt: is empty/],
    ['broken JSON', 'b.json', bytes('{"passages": ['), /b\.json: is not valid JSON/],
    ['a list', 'l.json', bytes('[1, 2]'), /neither a story nor an overrides file \(expected an object\)/],
    [
      'another shape',
      'g.json',
      bytes('{"type": "FeatureCollection"}'),
      /neither a story .* \(it has “type”\)/,
    ],
    ['an empty object', 'o.json', bytes('{}'), /neither a story .* nor an overrides file$/],
    [
      'a story beyond the limits',
      's.json',
      bytes(JSON.stringify({ ...JSON.parse(story), title: 'T'.repeat(501) })),
      /not a story the explainer can show: .*at most 500 characters in the title/,
    ],
    [
      'a story naming a region the map lacks',
      'r.json',
      bytes(story.replaceAll('"south-ossetia"', '"atlantis"')),
      /not a story the explainer can show: .*atlantis/,
    ],
    [
      'overrides naming a region the map lacks',
      'x.overrides.json',
      bytes('{"mentions": [{"passage": "p1", "region": "atlantis", "text": "Atlantis"}]}'),
      /names the region “atlantis”, which the map does not have/,
    ],
    [
      'overrides of the wrong types',
      'w.overrides.json',
      bytes('{"rejectedEvents": "x"}'),
      /not an overrides file the tool reads/,
    ],
  ])('is refused when it is %s, saying why and naming the file', (_, name, content, message) => {
    const opened = openFile(name, content, regionIds);
    expect(opened.kind).toBe('refused');
    expect(opened.kind === 'refused' && opened.message).toMatch(message);
  });

  it('is read as JSON by its name or by its first character, and as text otherwise', () => {
    expect(openFile('story.txt', bytes(story), regionIds).kind).toBe('story');
    expect(openFile('STORY.JSON', bytes(`  \n${story}`), regionIds).kind).toBe('story');
    expect(openFile('notes.json.txt', bytes('Notes on the bridge'), regionIds).kind).toBe('article');
    expect(openFile('a.txt', bytes('Title [1]\n\nCrimea {sic}.'), regionIds).kind).toBe('article');
    expect(openFile('empty.json', bytes('Not JSON at all'), regionIds)).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/^empty\.json: is not valid JSON \(/),
    });
  });

  it('is refused when its JSON is not an object, whatever it is', () => {
    for (const json of ['42', 'null', '"a story"', 'true'])
      expect(openFile('v.json', bytes(json), regionIds), json).toEqual({
        kind: 'refused',
        name: 'v.json',
        message: 'v.json: is JSON, but neither a story nor an overrides file (expected an object)',
      });
  });

  it('is taken for a story when it has passages or a version, and checked as one', () => {
    for (const json of ['{"version": 1}', '{"passages": []}'])
      expect(openFile('s.json', bytes(json), regionIds), json).toMatchObject({
        kind: 'refused',
        message: expect.stringMatching(/^s\.json: is not a story the explainer can show: /),
      });
  });

  it('names at most three of the keys it does not know, each cut to 40 characters', () => {
    const long = 'k'.repeat(60);
    const opened = openFile('g.json', bytes(JSON.stringify({ [long]: 1, b: 2, c: 3, d: 4 })), regionIds);
    expect(opened).toMatchObject({
      message: `g.json: is JSON, but neither a story (it has no passages) nor an overrides file (it has “${'k'.repeat(40)}”, “b”, “c”)`,
    });
  });

  it('refuses overrides naming a region the map lacks, wherever they name it', () => {
    const long = 'a'.repeat(60);
    for (const [json, region] of [
      [{ implicit: [{ passage: 'p1', region: 'atlantis', quote: 'q', note: 'n' }] }, 'atlantis'],
      [
        { events: [{ id: 'e1', summary: 'S', regions: ['crimea', 'lemuria'], when: null, passage: 'p1' }] },
        'lemuria',
      ],
      [{ mentions: [{ passage: 'p1', region: long, text: 'A' }] }, 'a'.repeat(40)],
    ] as const) {
      const opened = openFile('o.overrides.json', bytes(JSON.stringify(json)), regionIds);
      expect(opened, region).toMatchObject({
        kind: 'refused',
        message: `o.overrides.json: names the region “${region}”, which the map does not have`,
      });
    }
  });

  it('is refused by its size before it is read', () => {
    expect(tooLarge('big.txt', 2_000_000)).toBeNull();
    expect(tooLarge('big.txt', 50_000_000)).toMatchObject({
      kind: 'refused',
      message: 'big.txt: is 50.0 MB; the studio opens articles, stories and overrides of at most 2.0 MB',
    });
    expect(openFile('big.txt', new Uint8Array(2_000_001).fill(97), regionIds)).toEqual({
      kind: 'refused',
      name: 'big.txt',
      message:
        'big.txt: is 2,000,001 bytes; the studio opens articles, stories and overrides of at most 2,000,000 bytes',
    });
  });
});
