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

  it('is refused by its size before it is read', () => {
    expect(tooLarge('big.txt', 2_000_000)).toBeNull();
    expect(tooLarge('big.txt', 50_000_000)).toMatchObject({
      kind: 'refused',
      message: 'big.txt: is 50.0 MB; the studio opens articles, stories and overrides of at most 2.0 MB',
    });
    expect(openFile('big.txt', new Uint8Array(2_000_001).fill(97), regionIds).kind).toBe('refused');
  });
});
