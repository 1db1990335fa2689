import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGeo } from '../geo/published.ts';
import {
  CREDIT,
  cardGeo,
  cardLegend,
  IMAGE,
  imageAlt,
  mapSvg,
  PAGES,
  PUBLIC_DIR,
  ROOT_DIR,
  readStory,
  storySubject,
  withAlt,
  wrap,
} from './mapImage.tsx';

const published = readGeo();
const story = readStory(published);
// The card reads the same point-of-view data as the page (the explainer's own view).
const geo = cardGeo(published, story);

describe('the social card and static map', () => {
  const committed = fs.readFileSync(path.join(PUBLIC_DIR, 'map.svg'), 'utf8');

  it('is what the live SVG map draws from the published layers and the story (run `npm run image` after `npm run geo` or `npm run content`)', () => {
    expect(mapSvg(geo, story) === committed).toBe(true);
  });

  it('frames the story’s subject, named and selected, with the title, the legend for what it shows and the credit', () => {
    expect(storySubject(story, geo)).toBe('south-ossetia');
    expect(committed).toMatch(/>South Ossetia<\/text>/);
    expect(committed).toContain('data-selected="south-ossetia"');
    expect(committed).toContain('url(#svg-hatch-breakaway)');
    for (const line of wrap(story.title, 34, 368))
      expect(committed).toContain(`>${line.replace(/&/g, '&amp;')}</text>`);
    expect(committed).toContain(CREDIT);
    expect(committed).toContain('data-legend="breakaway"');
    expect(committed).not.toContain('data-legend="annexed"');
  });

  it('is a PNG of the size social cards use', () => {
    const png = fs.readFileSync(path.join(PUBLIC_DIR, 'map.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(IMAGE).toEqual({ width: 1200, height: 630 });
  });

  it('is described, at its size, in every page’s Open Graph tags', () => {
    for (const page of PAGES) {
      const html = fs.readFileSync(path.join(ROOT_DIR, page), 'utf8');
      expect(withAlt(html, imageAlt(story, geo)), `${page}: run npm run image`).toBe(html);
      expect(html).toContain('<meta property="og:image:height" content="630" />');
    }
    expect(imageAlt(story, geo)).toMatch(/^Map of South Ossetia \(breakaway region of Georgia/);
  });

  it('lists only what the framed map shows', () => {
    const georgiaOnly = cardLegend(geo, [43, 41.5, 45, 42.5]).map((e) => e.id);
    expect(georgiaOnly).toContain('georgia');
    expect(georgiaOnly).toContain('breakaway');
    expect(georgiaOnly).not.toContain('ukraine');
  });

  it('wraps a title into lines that fit', () => {
    expect(wrap('one two three four', 10, 42)).toEqual(['one two', 'three', 'four']);
  });
});
