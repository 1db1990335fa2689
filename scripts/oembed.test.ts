import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCard } from './card.ts';
import { DEFAULT_STORY, oembedFiles, withDiscovery } from './oembed.ts';

const root = path.join(import.meta.dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const stories = fs
  .readdirSync(path.join(root, 'public', 'content'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    name: file.replace(/\.json$/, ''),
    title: JSON.parse(read(`public/content/${file}`)).title,
  }));
const card = defaultCard();
/** A newsroom's address for the explainer (test data: nothing is requested from it). */
const ADDRESS = 'https://news.example/maps/ossetia/';

/** The fields oEmbed 1.0 (https://oembed.com, 2.3.4) defines for a response of type rich. */
function problemsOf(json: Record<string, unknown>, absolute: boolean): string[] {
  const problems: string[] = [];
  const known = new Set([
    'type',
    'version',
    'title',
    'author_name',
    'author_url',
    'provider_name',
    'provider_url',
    'cache_age',
    'thumbnail_url',
    'thumbnail_width',
    'thumbnail_height',
    'html',
    'width',
    'height',
  ]);
  for (const key of Object.keys(json)) if (!known.has(key)) problems.push(`unknown field ${key}`);
  if (json.type !== 'rich') problems.push('type is not rich');
  if (json.version !== '1.0') problems.push('version is not "1.0"');
  if (typeof json.html !== 'string' || json.html === '') problems.push('no html');
  for (const key of ['width', 'height'])
    if (!Number.isInteger(json[key]) || (json[key] as number) <= 0)
      problems.push(`${key} is not a positive integer`);
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((key) => key in json);
  if (thumbnail.length !== 0 && thumbnail.length !== 3) problems.push('thumbnail fields must come together');
  for (const key of ['title', 'provider_name'])
    if (key in json && typeof json[key] !== 'string') problems.push(`${key} is not text`);
  if (absolute)
    for (const key of ['provider_url', 'thumbnail_url'])
      if (key in json && !String(json[key]).startsWith(ADDRESS))
        problems.push(`${key} is not under the address`);
  return problems;
}

describe('the oEmbed files', () => {
  for (const address of [ADDRESS, null]) {
    const files = oembedFiles(stories, address, card);

    it(`has one per story${address ? ' under the public address' : ', relative without an address'}`, () => {
      expect(Object.keys(files).sort()).toEqual(stories.map((s) => `oembed/${s.name}.json`).sort());
    });

    for (const story of stories)
      it(`${story.name}: a valid oEmbed 1.0 rich response that frames that story's embed${address ? '' : ' (relative)'}`, () => {
        const json = JSON.parse(files[`oembed/${story.name}.json`] ?? '{}');
        expect(problemsOf(json, address !== null)).toEqual([]);
        expect(json.title).toBe(story.title);
        const src = /<iframe src="([^"]+)"/.exec(json.html)?.[1]?.replaceAll('&amp;', '&');
        const expected = story.name === DEFAULT_STORY ? 'embed.html' : `embed.html?story=${story.name}`;
        expect(src).toBe(address ? `${address}${expected}` : `./${expected}`);
        // The card is the default story's: only it carries the card, as thumbnail and fallback.
        expect('thumbnail_url' in json).toBe(story.name === DEFAULT_STORY);
        expect(json.html.includes('<noscript>')).toBe(story.name === DEFAULT_STORY);
        if (story.name === DEFAULT_STORY)
          expect(json.html).toContain(
            `alt="${card.alt.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}"`,
          );
      });
  }
});

describe('the discovery link', () => {
  for (const page of ['index.html', 'embed.html'])
    it(`${page} points at the default story's oEmbed, absolute under the address and relative without`, () => {
      const link = (html: string) =>
        [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map(
          (m) => m[1],
        );
      expect(link(withDiscovery(read(page), ADDRESS, 'T'))).toEqual([
        `${ADDRESS}oembed/${DEFAULT_STORY}.json`,
      ]);
      expect(link(withDiscovery(read(page), null, 'T'))).toEqual([`./oembed/${DEFAULT_STORY}.json`]);
    });

  it('refuses a page it cannot put the link in', () => {
    expect(() => withDiscovery('<p>no head</p>', null, 'T')).toThrow(/<\/head>/);
  });
});
