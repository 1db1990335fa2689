/** Reading the authoring inputs, each failure a ContentError naming the file and the problem. */
import fs from 'node:fs';
import path from 'node:path';
import { check, describeProblems } from '../app/data/validate.ts';
import { ContentError } from './compose.ts';
import type { Gazetteer } from './mentions.ts';
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

const MAX_ARTICLE_BYTES = 1024 * 1024;

/** An article: UTF-8 text, not empty, not binary, at most 1 MB. */
export function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentError(shown(file), code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`);
  }
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ContentError(shown(file), `is ${bytes.length} bytes; an article must be at most 1 MB of text`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ContentError(shown(file), `is not a text file (binary data at byte ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(shown(file), 'is not UTF-8 text (save it as UTF-8 and try again)');
  }
  if (text.trim() === '') throw new ContentError(shown(file), 'is empty');
  return text.replace(/^\uFEFF/, '');
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
  const regions = { ...gazetteer.regions };
  for (const [id, list] of Object.entries(towns.regions as Record<string, string[]>)) {
    regions[id] = [...new Set([...(regions[id] ?? []), ...list])];
  }
  return { ...gazetteer, regions };
}

/** Every region id the map draws: content may refer to these and no others. */
export function readRegionIds(file = REGIONS_FILE): string[] {
  const json = readJson(file) as { features?: { id?: unknown }[] } | null;
  const ids = (json?.features ?? []).map((f) => f.id).filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) throw new ContentError(shown(file), 'has no regions (run `npm run geo`)');
  return ids;
}
