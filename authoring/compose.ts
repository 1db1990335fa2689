/**
 * Turns an article into a story: passages from the text, explicit mentions from the
 * gazetteer, then the editor's overrides merged on top; the result must pass the app's own
 * schema, cross-references included, or nothing is returned.
 */
import { FileProblem } from '../app/data/FileProblem.ts';
import { describeProblems } from '../app/data/validate.ts';
import { STORY_LIMITS } from '../app/story/limits.ts';
import { checkStory, type Mention, type Story, type StoryEvent } from '../app/story/schema.ts';
import { proposeEvents } from './events.ts';
import { findMentions, type Gazetteer, withEditorMentions } from './mentions.ts';
import type { Overrides } from './overrides.ts';
import { headlineProblem, splitPassages } from './passages.ts';

export class ContentError extends FileProblem {}

interface ComposeInput {
  /** The article's text and the file it came from (named in messages and in the story). */
  article: string;
  source: string;
  gazetteer: Gazetteer;
  overrides: Overrides;
  /** The regions the map has; content may only refer to these. */
  regionIds: readonly string[];
}

export function composeStory({ article, source, gazetteer, overrides, regionIds }: ComposeInput): Story {
  const passages = splitPassages(article, overrides.keptLines).map(({ id, text }) => {
    const rejected = overrides.rejectedMentions.filter((r) => r.passage === id);
    const found = findMentions(text, gazetteer).filter(
      (m) => !rejected.some((r) => r.region === m.region && r.text === m.text),
    );
    const { mentions, missing } = withEditorMentions(
      text,
      found,
      overrides.mentions.filter((m) => m.passage === id),
    );
    if (missing.length)
      throw new ContentError(
        source,
        `passage ${id} has no “${missing.join('”, “')}”, which the overrides mark as a mention`,
      );
    const implicit = overrides.implicit
      .filter((r) => r.passage === id)
      .map(({ region, quote, note }) => ({ region, quote, note }));
    const dates = overrides.dates.filter((d) => d.passage === id).map(({ quote, date }) => ({ quote, date }));
    return { id, text, mentions, ...(dates.length ? { dates } : {}), implicit };
  });
  const [headline] = passages;
  if (!headline) throw new ContentError(source, 'has no passages (is it empty?)');
  if (headline.text.length > STORY_LIMITS.titleCharacters) {
    throw new ContentError(source, headlineProblem(headline.text) ?? 'the title is too long');
  }
  if (passages.every((p) => p.mentions.length === 0 && p.implicit.length === 0)) {
    const regions = Object.keys(gazetteer.regions).join(', ');
    throw new ContentError(
      source,
      `mentions none of the regions the map shows (${regions}): nothing to link`,
    );
  }

  const story = {
    version: 1,
    title: headline.text,
    source,
    ...(overrides.publication ? { publication: overrides.publication } : {}),
    passages,
    events: mergeEvents(passages, overrides),
  };
  const checked = checkStory(story, regionIds);
  if (!checked.ok) throw new ContentError(source, describeProblems(checked.problems, 5));
  return checked.value;
}

/**
 * The editor's events, then the tool's proposals: accepted ones with the editor's edits (and
 * no longer marked proposed), rejected ones dropped, and any in the same passage with the same
 * `when` as an editor's event dropped as already covered.
 */
function mergeEvents(
  passages: { id: string; text: string; mentions: Mention[] }[],
  overrides: Overrides,
): StoryEvent[] {
  const sameTime = (e: StoryEvent) => `${e.passage}|${e.when?.toLowerCase()}`;
  const covered = new Set(overrides.events.map(sameTime));
  const rejected = new Set(overrides.rejectedEvents);
  const accepted = new Map(overrides.acceptedEvents.map((a) => [a.id, a]));
  const proposals = passages
    .flatMap((p) => proposeEvents(p, p.mentions))
    .filter((e) => !rejected.has(e.id) && !covered.has(sameTime(e)))
    .map((e): StoryEvent => {
      const edits = accepted.get(e.id);
      return edits ? { ...e, ...edits, review: 'curated' } : e;
    });
  return [...overrides.events, ...proposals];
}
