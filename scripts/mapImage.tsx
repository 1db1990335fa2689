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
import * as v from 'valibot';
import { cameraForRegions } from '../app/cartography/framing.ts';
import { estimateText, polygonContains } from '../app/cartography/labels.ts';
import { legend } from '../app/cartography/legend.ts';
import { locatorFor } from '../app/cartography/locator.ts';
import { unproject } from '../app/cartography/mercator.ts';
import { palettes } from '../app/cartography/palette.ts';
import { LABEL_FONT } from '../app/cartography/style.ts';
import { describeProblems } from '../app/data/validate.ts';
import type { GeoData } from '../app/geo/schema.ts';
import { MAP_LABEL } from '../app/map/description.ts';
import { checkStory, type Story } from '../app/story/schema.ts';
import { LocatorInset } from '../app/svgmap/LocatorInset.tsx';
import { MapDrawing, pathsOf } from '../app/svgmap/MapDrawing.tsx';
import { viewBoxFor } from '../app/svgmap/projection.ts';
import { SWATCH, SwatchIcon } from '../app/svgmap/SwatchIcon.tsx';
import { DEFAULT_VIEW, viewById, viewedGeo } from '../app/views/resolve.ts';
import { viewsSchema } from '../app/views/schema.ts';
import { readGeo } from '../geo/published.ts';

export const PUBLIC_DIR = path.join(import.meta.dirname, '..', 'public');
export const ROOT_DIR = path.join(import.meta.dirname, '..');
export const IMAGE = { width: 1200, height: 630 };
/** The map takes the card's left part; the title, legend and credit the right. */
const MAP_WIDTH = 760;
const PANEL = { x: MAP_WIDTH + 36, width: IMAGE.width - MAP_WIDTH - 72 };
const palette = palettes.light;
export const CREDIT = 'Map data: Natural Earth (public domain)';

export function readStory(geo: GeoData, file = path.join(PUBLIC_DIR, 'content', 'article.json')): Story {
  const checked = checkStory(
    JSON.parse(fs.readFileSync(file, 'utf8')),
    geo.regions.features.map((f) => f.id),
  );
  if (!checked.ok) throw new Error(`${path.relative(ROOT_DIR, file)}: ${describeProblems(checked.problems)}`);
  return checked.value;
}

/** The story's subject: the selectable region, not a whole country, that most passages are about. */
export function storySubject(story: Story, geo: GeoData): string {
  const candidates = geo.regions.features.filter(
    (f) => f.properties.clickable && f.properties.kind !== 'country',
  );
  const passagesAbout = (id: string) =>
    story.passages.filter(
      (p) => p.mentions.some((m) => m.region === id) || p.implicit.some((i) => i.region === id),
    ).length;
  const ranked = candidates
    .map((f) => ({ id: f.id, count: passagesAbout(f.id) }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const top = ranked[0];
  if (!top || top.count === 0)
    throw new Error('The story mentions none of the map’s regions: nothing to frame.');
  return top.id;
}

/** What the card shows, in words, for og:image:alt. */
export function imageAlt(story: Story, geo: GeoData): string {
  const subject = geo.regions.features.find((f) => f.id === storySubject(story, geo));
  if (!subject) throw new Error('No subject');
  const status = subject.properties.status;
  return `Map of ${subject.properties.name} (${status.charAt(0).toLowerCase()}${status.slice(1)}) and its neighbours, with the title “${story.title}”, a legend and the credit “${CREDIT}”.`;
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
  return legend.filter(
    (entry) =>
      (entry.swatch.kind === 'fill' || entry.swatch.kind === 'hatch') &&
      inView.some((f) => describes(entry.id, f)),
  );
}

export function mapSvg(geo: GeoData, story: Story): string {
  const { width, height } = IMAGE;
  const subject = storySubject(story, geo);
  const view = viewBoxFor(cameraForRegions(geo, [subject], MAP_WIDTH, height), MAP_WIDTH, height);
  const locator = locatorFor(geo, [subject], MAP_WIDTH, height);
  const title = wrap(story.title, 34, PANEL.width);
  const titleTop = 112;
  const legendTop = titleTop + title.length * 42 + 36;
  const [west, north] = unproject(view.x, view.y);
  const [east, south] = unproject(view.x + view.width, view.y + view.height);
  const entries = cardLegend(geo, [west, south, east, north]).map((entry) => ({
    entry,
    lines: wrap(entry.label, 15, PANEL.width - SWATCH.width - 12),
  }));
  let y = legendTop;
  const rows = entries.map(({ entry, lines }) => {
    const top = y;
    y += lines.length * 19 + 10;
    return { entry, lines, top };
  });
  const card = (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={imageAlt(story, geo)}
    >
      <MapDrawing
        geo={geo}
        paths={pathsOf(geo)}
        view={view}
        palette={palette}
        width={MAP_WIDTH}
        height={height}
        highlighted={[subject]}
        label={MAP_LABEL}
        measure={estimateText}
      />
      {locator && <LocatorInset geo={geo} locator={locator} palette={palette} />}
      <rect x={MAP_WIDTH} y={0} width={width - MAP_WIDTH} height={height} fill="#ffffff" />
      <g fontFamily={LABEL_FONT} fill={palette.ink}>
        <text x={PANEL.x} y={64} fontSize={16} fontWeight={700} letterSpacing={1.5} fill="#555555">
          MAP EXPLAINER
        </text>
        {title.map((line, i) => (
          <text key={line} x={PANEL.x} y={titleTop + i * 42} fontSize={34} fontWeight={700}>
            {line}
          </text>
        ))}
        {rows.map(({ entry, lines, top }) => (
          <g key={entry.id} data-legend={entry.id}>
            <svg x={PANEL.x} y={top - 14} width={SWATCH.width} height={SWATCH.height} aria-hidden="true">
              <SwatchIcon swatch={entry.swatch} id={`card-${entry.id}`} palette={palette} />
            </svg>
            {lines.map((line, i) => (
              <text key={line} x={PANEL.x + SWATCH.width + 12} y={top + i * 19} fontSize={15}>
                {line}
              </text>
            ))}
          </g>
        ))}
        <text x={PANEL.x} y={height - 36} fontSize={14} fill="#555555">
          {CREDIT}
        </text>
      </g>
    </svg>
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(card)}\n`;
}

/** The pages whose og:image:alt must say what the card shows. */
export const PAGES = ['index.html', 'embed.html'];
const ALT = /<meta property="og:image:alt" content="[^"]*" \/>/;

/** The page with the card's size and alt text in its Open Graph tags. */
export function withAlt(page: string, alt: string): string {
  const html = page
    .replace(/(<meta property="og:image:width" content=")\d+(")/, `$1${IMAGE.width}$2`)
    .replace(/(<meta property="og:image:height" content=")\d+(")/, `$1${IMAGE.height}$2`);
  const escaped = alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const tag = `<meta property="og:image:alt" content="${escaped}" />`;
  if (ALT.test(html)) return html.replace(ALT, tag);
  return html.replace(/(<meta property="og:image:height"[^>]*\/>)/, `$1\n    ${tag}`);
}

/**
 * The map as the card draws it: the explainer's own point of view (views.json) at the
 * article's date, the same data the page's renderers and legend read.
 */
export function cardGeo(published: GeoData, story: Story): GeoData {
  const views = v.parse(
    viewsSchema,
    JSON.parse(fs.readFileSync(path.join(PUBLIC_DIR, 'data', 'views.json'), 'utf8')),
  );
  const date = story.publication?.published.value ?? new Date().toISOString().slice(0, 10);
  return viewedGeo(published, viewById(views, DEFAULT_VIEW), date);
}

async function main(): Promise<void> {
  const published = readGeo();
  const story = readStory(published);
  const geo = cardGeo(published, story);
  const svg = mapSvg(geo, story);
  fs.writeFileSync(path.join(PUBLIC_DIR, 'map.svg'), svg);
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
  fs.writeFileSync(path.join(PUBLIC_DIR, 'map.png'), png);
  for (const page of PAGES) {
    const file = path.join(ROOT_DIR, page);
    fs.writeFileSync(file, withAlt(fs.readFileSync(file, 'utf8'), imageAlt(story, geo)));
  }
  console.log(
    `image: wrote public/map.svg (${svg.length} bytes), public/map.png (${png.length} bytes), og:image:alt`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
