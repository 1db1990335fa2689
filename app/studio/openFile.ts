/**
 * What a file an editor opens in the studio is: an article (text), a story (the app's JSON) or
 * an overrides file (`NAME.overrides.json`), each checked as the command line checks it; or
 * why it is none of them, naming the file. Nothing here touches a draft: a refused file leaves
 * the editor's work as it was.
 */
import { articleFromBytes, MAX_ARTICLE_BYTES } from '../../authoring/articleText.ts';
import { type Overrides, overridesSchema } from '../../authoring/overrides.ts';
import { FileProblem } from '../data/FileProblem.ts';
import { check, describeProblems } from '../data/validate.ts';
import { STORY_FILE_BYTES, withCommas } from '../story/limits.ts';
import { checkStory, type Story } from '../story/schema.ts';

export type Opened =
  | { kind: 'article'; name: string; article: string }
  | { kind: 'story'; name: string; story: Story }
  | { kind: 'overrides'; name: string; overrides: Overrides }
  | { kind: 'refused'; name: string; message: string };

const OVERRIDES_KEYS = new Set(Object.keys(overridesSchema.entries));

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

const LIMIT = Math.max(STORY_FILE_BYTES, MAX_ARTICLE_BYTES);

/** A file too large to open, refused by its size before it is read; null when it may be read. */
export function tooLarge(name: string, size: number): Opened | null {
  if (size <= LIMIT) return null;
  // Just over the limit, megabytes would read "is 2.0 MB; … at most 2.0 MB": say the bytes.
  const shown = (n: number) =>
    megabytes(size) === megabytes(LIMIT) ? `${withCommas(n)} bytes` : megabytes(n);
  return {
    kind: 'refused',
    name,
    message: `${name}: is ${shown(size)}; the studio opens articles, stories and overrides of at most ${shown(LIMIT)}`,
  };
}

/** Reads one file's bytes; `regionIds` are the map's regions, which a story may name and no others. */
export function openFile(name: string, bytes: Uint8Array, regionIds: readonly string[]): Opened {
  const refuse = (message: string): Opened => ({ kind: 'refused', name, message: `${name}: ${message}` });
  const large = tooLarge(name, bytes.length);
  if (large) return large;
  let text: string;
  try {
    text = articleFromBytes(bytes, name);
  } catch (error) {
    if (error instanceof FileProblem) return { kind: 'refused', name, message: error.message };
    throw error;
  }
  const looksJson = /\.json$/i.test(name) || /^\s*[{[]/.test(text);
  if (!looksJson) return { kind: 'article', name, article: text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(`is not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return refuse('is JSON, but neither a story nor an overrides file (expected an object)');
  const keys = Object.keys(json);
  if ('passages' in json || 'version' in json) {
    const story = checkStory(json, regionIds);
    return story.ok
      ? { kind: 'story', name, story: story.value }
      : refuse(`is not a story the explainer can show: ${describeProblems(story.problems, 3)}`);
  }
  const unknown = keys.filter((k) => !OVERRIDES_KEYS.has(k));
  if (keys.length === 0 || unknown.length > 0)
    return refuse(
      `is JSON, but neither a story (it has no passages) nor an overrides file${
        unknown.length
          ? ` (it has ${unknown
              .slice(0, 3)
              .map((k) => `“${k.slice(0, 40)}”`)
              .join(', ')})`
          : ''
      }`,
    );
  const overrides = check(overridesSchema, json);
  if (!overrides.ok)
    return refuse(`is not an overrides file the tool reads: ${describeProblems(overrides.problems, 3)}`);
  const unknownRegion = [
    ...overrides.value.implicit.map((r) => r.region),
    ...overrides.value.mentions.map((m) => m.region),
    ...overrides.value.events.flatMap((e) => e.regions),
  ].find((id) => !regionIds.includes(id));
  if (unknownRegion)
    return refuse(`names the region “${unknownRegion.slice(0, 40)}”, which the map does not have`);
  return { kind: 'overrides', name, overrides: overrides.value };
}
