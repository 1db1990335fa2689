/**
 * The static image of the map, drawn by the same MapDrawing as the live SVG map from the
 * published layers and the story: map.svg for print and anyone who links it, map.png (1200×630, the
 * size social cards use) for link previews. The card frames the story's subject (the region
 * most of its passages are about), names the story, carries the legend for what it shows and
 * the credit, and its alt text goes into the pages' og:image:alt.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { cameraForRegions } from '../app/cartography/framing.ts';
import { estimateText, polygonContains } from '../app/cartography/labels.ts';
import { compactKey, ownLegend } from '../app/cartography/legend.ts';
import { locatorFor } from '../app/cartography/locator.ts';
import { unproject } from '../app/cartography/mercator.ts';
import { palettes } from '../app/cartography/palette.ts';
import { LABEL_FONT } from '../app/cartography/style.ts';
import type { GeoData } from '../app/geo/schema.ts';
import { SWATCH, SwatchIcon } from '../app/legend/SwatchIcon.tsx';
import { mapLabel } from '../app/map/description.ts';
import { LocatorInset } from '../app/map/svg/LocatorInset.tsx';
import { MapDrawing, pathsOf } from '../app/map/svg/MapDrawing.tsx';
import { viewBoxFor } from '../app/map/svg/projection.ts';
import { formatDate } from '../app/story/dates.ts';
import type { Story } from '../app/story/schema.ts';
import { readGeo } from '../geo/published.ts';
import { CREDIT, cardGeo, IMAGE, imageAlt, PUBLIC_DIR, readStoryFile, storySubject } from './card.ts';

/** The map takes the card's left part; the title, byline, key and credit the right. */
export const MAP_WIDTH = 660;
const PANEL = { x: MAP_WIDTH + 32, width: IMAGE.width - MAP_WIDTH - 56 };
/**
 * A feed shows the card about 506 px wide (0.42 of its size), where text under 14 px cannot be
 * read: every word on the card is at least this big at 1,200 px. The map is drawn at
 * 1/MAP_ZOOM of its box and enlarged, so its names and lines grow with it and fewer, more
 * important names fit.
 */
export const CARD_TYPE = 34;
export const MAP_ZOOM = 2.8;
const TYPE = { title: 40, line: 1.2 };
const palette = palettes.light;

/** The countries whose outline holds a region's label point: the country it lies in, as the map draws it. */
export function countryAround(geo: GeoData, id: string): string[] {
  const label = geo.regions.features.find((f) => f.id === id)?.properties.label;
  if (!label) return [];
  return geo.regions.features
    .filter(
      (f) => f.properties.kind === 'country' && f.properties.clickable && polygonContains(f.geometry, label),
    )
    .map((f) => f.id);
}

/** Greedy line breaking by an estimate of DejaVu Sans's width (0.6 em a character, bold or not). */
export function wrap(text: string, size: number, width: number): string[] {
  const perLine = Math.floor(width / (size * 0.6));
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= perLine)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Which regions each legend entry describes: a region id, a region kind, or any neighbouring country. */
function describes(entryId: string, f: GeoData['regions']['features'][number]): boolean {
  const { id, kind } = f.properties;
  if (entryId === 'neighbour') return kind === 'country' && !f.properties.clickable;
  return entryId === id || entryId === kind;
}

/** The legend entries for the fills and hatches in view (lines and dots explain themselves on a card). */
export function cardLegend(geo: GeoData, [w, s, e, n]: readonly number[]) {
  const inside = ([x, y]: readonly number[]) =>
    (x ?? 0) > (w ?? 0) && (x ?? 0) < (e ?? 0) && (y ?? 0) > (s ?? 0) && (y ?? 0) < (n ?? 0);
  const probes: [number, number][] = [
    [((w ?? 0) + (e ?? 0)) / 2, ((s ?? 0) + (n ?? 0)) / 2],
    [w ?? 0, s ?? 0],
    [e ?? 0, n ?? 0],
    [w ?? 0, n ?? 0],
    [e ?? 0, s ?? 0],
  ];
  // In view when any of its outline is, or it covers part of the view: a box that merely
  // overlaps the view is not enough.
  const inView = geo.regions.features.filter(
    ({ geometry }) =>
      (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).some((rings) =>
        rings.some((ring) => ring.some(inside)),
      ) || probes.some((p) => polygonContains(geometry, p)),
  );
  return ownLegend(geo).filter(
    (entry) =>
      (entry.swatch.kind === 'fill' || entry.swatch.kind === 'hatch') &&
      inView.some((f) => describes(entry.id, f)),
  );
}

/**
 * The card's key: the statuses the map's names do not say (the compact key's hatches, in its
 * short words, cartography/legend.ts), of those in view. Countries are named on the map.
 */
export function cardKey(geo: GeoData, bounds: readonly number[]) {
  return compactKey(cardLegend(geo, bounds));
}

export function mapSvg(geo: GeoData, story: Story): string {
  const { width, height } = IMAGE;
  const subject = storySubject(story, geo);
  // The subject in the country around it (South Ossetia in Georgia): where it is, at a glance
  // (framing both would frame the smaller, cartography/framing.ts).
  const around = countryAround(geo, subject);
  const framed = around.length ? around : [subject];
  // The map at 1/MAP_ZOOM of its box, enlarged: a feed's thumbnail still reads its names.
  const small = { width: MAP_WIDTH / MAP_ZOOM, height: height / MAP_ZOOM };
  const view = viewBoxFor(
    cameraForRegions(geo, framed, small.width, small.height),
    small.width,
    small.height,
  );
  // The locator at the card's own scale (a map this small has no room for one), over the same frame.
  const locator = locatorFor(geo, framed, MAP_WIDTH, height);
  const [west, north] = unproject(view.x, view.y);
  const [east, south] = unproject(view.x + view.width, view.y + view.height);
  const title = wrap(story.title, TYPE.title, PANEL.width);
  const publication = story.publication;
  const byline = publication ? [publication.publisher, formatDate(publication.published.value)] : [];
  const lineOf = (size: number) => Math.round(size * TYPE.line);
  let y = 40 + TYPE.title;
  const titleRows = title.map((line) => {
    const top = y;
    y += lineOf(TYPE.title);
    return { line, top };
  });
  y += 12;
  const bylineRows = byline.map((line) => {
    const top = y;
    y += lineOf(CARD_TYPE);
    return { line, top };
  });
  y += 20;
  const key = cardKey(geo, [west, south, east, north]).map((entry) => {
    const top = y;
    y += lineOf(CARD_TYPE) + 8;
    return { entry, top };
  });
  const swatch = { width: 52, height: 34 };
  const card = (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={imageAlt(story, geo)}
    >
      <g transform={`scale(${MAP_ZOOM})`} data-card-map="">
        <MapDrawing
          geo={geo}
          paths={pathsOf(geo)}
          view={view}
          palette={palette}
          width={small.width}
          height={small.height}
          highlighted={[]}
          label={mapLabel(geo)}
          measure={estimateText}
        />
      </g>
      {locator && <LocatorInset geo={geo} locator={locator} palette={palette} />}
      <rect x={MAP_WIDTH} y={0} width={width - MAP_WIDTH} height={height} fill="#ffffff" />
      <g fontFamily={LABEL_FONT} fill={palette.ink}>
        {titleRows.map(({ line, top }) => (
          <text key={line} x={PANEL.x} y={top} fontSize={TYPE.title} fontWeight={700}>
            {line}
          </text>
        ))}
        {bylineRows.map(({ line, top }) => (
          <text key={line} x={PANEL.x} y={top} fontSize={CARD_TYPE} fill="#4a4a4a" data-byline="">
            {line}
          </text>
        ))}
        {key.map(({ entry, top }) => (
          <g key={entry.ids.join(' ')} data-legend={entry.ids.join(' ')}>
            {entry.swatches.map((each, i) => (
              <svg
                key={entry.ids[i]}
                x={PANEL.x + i * (swatch.width + 6)}
                y={top - swatch.height + 6}
                width={swatch.width}
                height={swatch.height}
                viewBox={`0 0 ${SWATCH.width} ${SWATCH.height}`}
                aria-hidden="true"
              >
                <SwatchIcon swatch={each} id={`card-${entry.ids[i]}`} palette={palette} />
              </svg>
            ))}
            <text x={PANEL.x + entry.swatches.length * (swatch.width + 6) + 8} y={top} fontSize={CARD_TYPE}>
              {entry.short}
            </text>
          </g>
        ))}
        <text x={PANEL.x} y={height - 32} fontSize={CARD_TYPE} fill="#4a4a4a">
          {CREDIT}
        </text>
      </g>
    </svg>
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(card)}\n`;
}

async function main(): Promise<void> {
  const published = readGeo();
  const story = readStoryFile(published);
  const geo = cardGeo(published, story);
  const svg = mapSvg(geo, story);
  fs.writeFileSync(path.join(PUBLIC_DIR, 'map.svg'), svg);
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
  fs.writeFileSync(path.join(PUBLIC_DIR, 'map.png'), png);
  console.log(`image: wrote public/map.svg (${svg.length} bytes) and public/map.png (${png.length} bytes)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
