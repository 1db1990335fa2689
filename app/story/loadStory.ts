import { DataError, describeIssues, fetchJson } from '../data/fetchJson.ts';
import { type Story, storyWithReferences } from './schema.ts';

export const DEFAULT_STORY = 'article';

export function storyUrl(name = DEFAULT_STORY): string {
  return `${import.meta.env.BASE_URL}content/${name}.json`;
}

/** The story, checked in itself (ranges, references) before the map's regions are known. */
export function loadStory(url = storyUrl()): Promise<Story> {
  return fetchJson(url, storyWithReferences(null));
}

/** Checks the story's region ids against the map's; throws a DataError naming each unknown one. */
export function checkRegions(story: Story, regionIds: readonly string[], url = storyUrl()): Story {
  const parsed = storyWithReferences(regionIds).safeParse(story);
  if (parsed.success) return parsed.data;
  throw new DataError(url.replace(/^.*\//, ''), `does not match the map: ${describeIssues(parsed.error)}`);
}
