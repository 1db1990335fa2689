import { DataError, fetchJson } from '../data/fetchJson.ts';
import { describeProblems } from '../data/validate.ts';
import { STORY_FILE_BYTES } from './limits.ts';
import type { Story } from './schema.ts';

/** The story's checks load beside the story file, not with the first view, which does not need them. */
const schema = () => import('./schema.ts');

const DEFAULT_STORY = 'article';

const STORY_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * The story the URL asks for (`?story=NAME` → content/NAME.json on this origin), the default
 * one when it asks for none, or a DataError when the name is not a plain story name: only
 * files of our own content folder can ever be loaded.
 */
export function storyFromUrl(search = location.search): string {
  const name = new URLSearchParams(search).get('story');
  if (name === null) return DEFAULT_STORY;
  if (!STORY_NAME.test(name)) {
    throw new DataError(
      '?story',
      `"${name.slice(0, 80)}" is not a story name (lower-case letters, digits and dashes)`,
    );
  }
  return name;
}

export function storyUrl(name = DEFAULT_STORY): string {
  return `${import.meta.env.BASE_URL}content/${name}.json`;
}

/** The story, checked in itself (ranges, references) before the map's regions are known. */
export function loadStory(url = storyUrl()): Promise<Story> {
  const checks = schema();
  return fetchJson(url, async (json) => (await checks).checkStory(json, null), STORY_FILE_BYTES);
}

/**
 * Checks an already validated story's region ids against the map's (without parsing it
 * again); throws a DataError naming the first unknown ones and where they are.
 */
export async function checkRegions(
  story: Story,
  regionIds: readonly string[],
  url = storyUrl(),
): Promise<Story> {
  const unknown = (await schema()).unknownRegions(story, regionIds);
  if (unknown.length === 0) return story;
  throw new DataError(url.replace(/^.*\//, ''), `does not match the map: ${describeProblems(unknown)}`);
}
