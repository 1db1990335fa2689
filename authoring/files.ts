/** Reading the authoring inputs, each failure a ContentError naming the file and the problem. */
import fs from 'node:fs';
import path from 'node:path';
import { check, describeProblems } from '../app/data/validate.ts';
import { articleFromBytes } from './articleText.ts';
import { ContentError } from './compose.ts';
import { type Gazetteer, withPlaces } from './mentions.ts';
import { NO_OVERRIDES, type Overrides, overridesSchema } from './overrides.ts';

export const AUTHORING_DIR = import.meta.dirname;
export const ROOT = path.join(AUTHORING_DIR, '..');
export const DEFAULT_ARTICLE = path.join(AUTHORING_DIR, 'articles', 'article.txt');
export const CONTENT_DIR = path.join(ROOT, 'public', 'content');
const REGIONS_FILE = path.join(ROOT, 'public', 'data', 'regions.geojson');

const shown = (file: string) => path.relative(process.cwd(), file) || file;

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentError(shown(file), code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`);
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(shown(file), `not valid JSON (${(error as Error).message})`);
  }
}

/** An article: UTF-8 text, not empty, not binary, at most 1 MB (articleText.ts). */
export function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentError(shown(file), code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`);
  }
  return articleFromBytes(bytes, shown(file));
}

/** The editor's file beside the article (NAME.overrides.json), if there is one. */
export function overridesFileFor(article: string): string {
  return `${article.replace(/\.[^./]+$/, '')}.overrides.json`;
}

export function readOverrides(file: string): Overrides {
  if (!fs.existsSync(file)) return NO_OVERRIDES;
  const checked = check(overridesSchema, readJson(file));
  if (!checked.ok) throw new ContentError(shown(file), describeProblems(checked.problems, 5));
  return checked.value;
}

/**
 * The gazetteer: the hand-kept names (gazetteer.json) and, when `places` is given, the towns
 * Natural Earth puts inside each region (gazetteer.places.json, made by `npm run gazetteer`).
 */
export function readGazetteer(
  file = path.join(AUTHORING_DIR, 'gazetteer.json'),
  places: string | null = path.join(AUTHORING_DIR, 'gazetteer.places.json'),
): Gazetteer {
  const json = readJson(file) as Partial<Gazetteer> | null;
  const names = (v: unknown) => Array.isArray(v) && v.every((n) => typeof n === 'string' && n !== '');
  if (!json?.regions || !Object.values(json.regions).every(names) || !names(json.notMentions)) {
    throw new ContentError(shown(file), 'expected { regions: { id: [names] }, notMentions: [names] }');
  }
  const gazetteer = json as Gazetteer;
  if (!places || !fs.existsSync(places)) return gazetteer;
  const towns = readJson(places) as { regions?: Record<string, unknown> } | null;
  if (!towns?.regions || !Object.values(towns.regions).every(names)) {
    throw new ContentError(shown(places), 'expected { regions: { id: [names] } } (run npm run gazetteer)');
  }
  return withPlaces(gazetteer, towns.regions as Record<string, string[]>);
}

/** Every region id the map draws: content may refer to these and no others. */
export function readRegionIds(file = REGIONS_FILE): string[] {
  const json = readJson(file) as { features?: { id?: unknown }[] } | null;
  const ids = (json?.features ?? []).map((f) => f.id).filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) throw new ContentError(shown(file), 'has no regions (run `npm run geo`)');
  return ids;
}
