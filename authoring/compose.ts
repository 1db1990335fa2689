/**
 * Turns an article into a story: passages from the text, explicit mentions from the
 * gazetteer, then the editor's overrides merged on top; the result must pass the app's own
 * schema, cross-references included, or nothing is returned.
 */
import { describeIssues } from '../app/data/fetchJson.ts';
import { type Story, storyWithReferences } from '../app/story/schema.ts';
import { findMentions, type Gazetteer } from './mentions.ts';
import type { Overrides } from './overrides.ts';
import { splitPassages } from './passages.ts';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
  }
}

export interface ComposeInput {
  /** The article's text and the file it came from (named in messages and in the story). */
  article: string;
  source: string;
  gazetteer: Gazetteer;
  overrides: Overrides;
  /** The regions the map has; content may only refer to these. */
  regionIds: readonly string[];
}

export function composeStory({ article, source, gazetteer, overrides, regionIds }: ComposeInput): Story {
  const passages = splitPassages(article).map(({ id, text }) => {
    const rejected = overrides.rejectedMentions.filter((r) => r.passage === id);
    const mentions = findMentions(text, gazetteer).filter(
      (m) => !rejected.some((r) => r.region === m.region && r.text === m.text),
    );
    const implicit = overrides.implicit
      .filter((r) => r.passage === id)
      .map(({ region, quote, note }) => ({ region, quote, note }));
    return { id, text, mentions, implicit };
  });
  if (passages.length === 0) throw new ContentError(source, 'has no passages (is it empty?)');

  const story = { version: 1, title: passages[0]?.text ?? '', source, passages, events: overrides.events };
  const parsed = storyWithReferences(regionIds).safeParse(story);
  if (!parsed.success) throw new ContentError(source, describeIssues(parsed.error, 5));
  return parsed.data;
}
