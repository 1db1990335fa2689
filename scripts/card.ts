/**
 * The social card in words and numbers, for the pages' heads (app/pageHead.ts) and the oEmbed
 * files: what `npm run image` draws (scripts/mapImage.tsx), said without drawing it, so the build
 * reads it without React.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describeProblems } from '../app/data/validate.ts';
import type { GeoData } from '../app/geo/schema.ts';
import type { CardFile } from '../app/pageHead.ts';
import { formatDate } from '../app/story/dates.ts';
import { checkStory, type Story } from '../app/story/schema.ts';
import { DEFAULT_VIEW, viewById, viewedGeo } from '../app/views/resolve.ts';
import { viewsSchema } from '../app/views/schema.ts';
import { readGeo } from '../geo/published.ts';

export const PUBLIC_DIR = path.join(import.meta.dirname, '..', 'public');
export const ROOT_DIR = path.join(import.meta.dirname, '..');
export const IMAGE = { width: 1200, height: 630 };
export const CREDIT = 'Map: Natural Earth';

export function readStoryFile(geo: GeoData, file = path.join(PUBLIC_DIR, 'content', 'article.json')): Story {
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

/** What the card shows, in words, for og:image:alt. */
export function imageAlt(story: Story, geo: GeoData): string {
  const subject = geo.regions.features.find((f) => f.id === storySubject(story, geo));
  if (!subject) throw new Error('No subject');
  const status = subject.properties.status;
  const publication = story.publication
    ? `, ${story.publication.publisher}, ${formatDate(story.publication.published.value)}`
    : '';
  return `Map of ${subject.properties.name} (${status.charAt(0).toLowerCase()}${status.slice(1)}) and its neighbours, with the title “${story.title}”${publication}, a key to its hatching and the credit “${CREDIT}”.`;
}

/** The default story's card, as the pages' heads and the oEmbed files describe it. */
export function defaultCard(): CardFile {
  const published = readGeo();
  const story = readStoryFile(published);
  return { file: 'map.png', ...IMAGE, alt: imageAlt(story, cardGeo(published, story)) };
}
