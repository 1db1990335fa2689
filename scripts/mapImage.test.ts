import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownLegend } from '../app/cartography/legend.ts';
import { unproject } from '../app/cartography/mercator.ts';
import { HATCH_OF_KIND } from '../app/cartography/style.ts';
import { pageHead } from '../app/pageHead.ts';
import { readGeo } from '../geo/published.ts';
import {
  CREDIT,
  cardGeo,
  defaultCard,
  IMAGE,
  imageAlt,
  PUBLIC_DIR,
  readStoryFile,
  storySubject,
} from './card.ts';
import { CARD_TYPE, cardLegend, countryAround, MAP_WIDTH, mapSvg, wrap } from './mapImage.tsx';

const published = readGeo();
const story = readStoryFile(published);
// The card reads the same point-of-view data as the page (the explainer's own view).
const geo = cardGeo(published, story);

describe('the social card and static map', () => {
  const committed = fs.readFileSync(path.join(PUBLIC_DIR, 'map.svg'), 'utf8');

  it('is what the live SVG map draws from the published layers and the story (run `npm run image` after `npm run geo` or `npm run content`)', () => {
    expect(mapSvg(geo, story) === committed).toBe(true);
  });

  it('frames the story’s subject in the country around it, named, with the title, the publisher and date, the key and the credit', () => {
    expect(storySubject(story, geo)).toBe('south-ossetia');
    expect(countryAround(geo, 'south-ossetia')).toEqual(['georgia']);
    expect(committed).toMatch(/>South Ossetia<\/text>/);
    for (const line of wrap(story.title, 40, 484))
      expect(committed).toContain(`>${line.replace(/&/g, '&amp;')}</text>`);
    expect(committed).toContain('>Breitbart News</text>');
    expect(committed).toContain('>22 March 2017</text>');
    expect(committed).toContain(CREDIT);
  });

  it('keys exactly the hatches it draws in view, and draws nothing its key does not show (no selection)', () => {
    // The map's view, read back from the card: its inner drawing's viewBox, in map units.
    const box = committed.match(
      /<g transform="scale\([\d.]+\)" data-card-map=""><svg[^>]*viewBox="([^"]+)"/,
    )?.[1];
    if (!box) throw new Error('no map drawing in the card');
    const [x, y, w, h] = box.split(' ').map(Number) as [number, number, number, number];
    const [west, north] = unproject(x, y);
    const [east, south] = unproject(x + w, y + h);
    // Hatched regions with any point of their outline in view.
    const inView = geo.regions.features.filter((f) =>
      (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).some((rings) =>
        rings[0]?.some(([lon = 0, lat = 0]) => lon > west && lon < east && lat > south && lat < north),
      ),
    );
    const drawn = new Set(inView.flatMap((f) => HATCH_OF_KIND[f.properties.kind] ?? []));
    const keyed = [...committed.matchAll(/<g data-legend="([^"]+)">[\s\S]*?url\(#legend-card-[^)]+\)/g)].map(
      (m) => m[1],
    );
    expect(keyed.length).toBeGreaterThan(0);
    expect(
      new Set(
        keyed
          .map((id) => ownLegend(geo).find((e) => e.id === id)?.swatch)
          .map((s) => s?.kind === 'hatch' && s.hatch),
      ),
    ).toEqual(drawn);
    expect(committed).not.toMatch(/data-selected="[a-z]/);
  });

  it('sets every word at a size a 506 px feed thumbnail can read (14 px there), the map’s names too', () => {
    const feed = 506 / IMAGE.width;
    // The map's names are in its drawing's units: its pixels per unit, times the card's enlargement.
    const tag = committed.match(/<g transform="scale\(([\d.]+)\)" data-card-map=""><svg([^>]*)>/);
    if (!tag) throw new Error('no map drawing in the card');
    const attribute = (name: string) => tag[2]?.match(new RegExp(` ${name}="([^"]+)"`))?.[1] ?? '';
    const zoom = Number(tag[1]);
    const width = Number(attribute('width'));
    const units = Number(attribute('viewBox').split(' ')[2]);
    const mapPart = committed.slice(
      committed.indexOf('data-card-map'),
      committed.indexOf(`<rect x="${MAP_WIDTH}"`),
    );
    const mapSizes = [...mapPart.matchAll(/<text[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(mapSizes.length, 'the map names places').toBeGreaterThan(3);
    for (const size of mapSizes) expect(size * (width / units) * zoom * feed).toBeGreaterThanOrEqual(14);
    const cardPart = committed.slice(committed.indexOf(`<rect x="${MAP_WIDTH}"`));
    const cardSizes = [...cardPart.matchAll(/<text[^>]*font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(cardSizes.length).toBeGreaterThan(5);
    for (const size of cardSizes) expect(size * feed).toBeGreaterThanOrEqual(14);
    expect(CARD_TYPE * feed).toBeGreaterThanOrEqual(14);
  });

  it('is a PNG of the size social cards use', () => {
    const png = fs.readFileSync(path.join(PUBLIC_DIR, 'map.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(IMAGE).toEqual({ width: 1200, height: 630 });
  });

  it('is described, at its size, in the pages’ Open Graph tags', () => {
    const card = defaultCard();
    expect(card).toEqual({ file: 'map.png', ...IMAGE, alt: imageAlt(story, geo) });
    const head = pageHead(story, card);
    expect(head).toContain('<meta property="og:image:height" content="630" />');
    expect(head).toContain(
      `<meta property="og:image:alt" content="${imageAlt(story, geo).replace(/"/g, '&quot;')}" />`,
    );
    expect(imageAlt(story, geo)).toMatch(
      /^Map of South Ossetia \(breakaway region of Georgia.*Breitbart News, 22 March 2017/,
    );
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
