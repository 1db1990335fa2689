/**
 * Proposes events from an article: every sentence that says when something happened (by the
 * patterns in time-expressions.json) becomes a `proposed` event in that passage, concerning
 * the regions its sentence mentions. An editor accepts, edits or rejects each one in the
 * overrides file; proposals already covered by a curated event are not proposed again.
 */
import { STORY_LIMITS } from '../app/story/limits.ts';
import type { Mention, StoryEvent } from '../app/story/schema.ts';
import rules from './time-expressions.json' with { type: 'json' };

const TIME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${rules.patterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const YEAR = /\b(1[89]\d\d|20\d\d)\b/;

interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentences of a passage with their ranges: a stop (and any closing quote) then a space. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const boundary = /[.!?][”"’)\]]*\s+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    out.push({ start, end, text: text.slice(start, end) });
    start = match.index + match[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

/**
 * A sentence as an event's summary: whole when it fits the story's limit, otherwise cut at
 * the last word that fits and marked with an ellipsis (the passage keeps the whole sentence).
 */
export function summaryOf(sentence: string, limit: number = STORY_LIMITS.summaryCharacters): string {
  if (sentence.length <= limit) return sentence;
  const cut = sentence.slice(0, limit - 1);
  const lastSpace = cut.search(/\s\S*$/);
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

interface TimeExpression {
  start: number;
  end: number;
  text: string;
}

export function timeExpressions(text: string): TimeExpression[] {
  return [...text.matchAll(TIME)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/** The proposed events of one passage: one per sentence that holds a time expression. */
export function proposeEvents(passage: { id: string; text: string }, mentions: Mention[]): StoryEvent[] {
  const passageRegions = [...new Set(mentions.map((m) => m.region))];
  const used = new Map<string, number>();
  /** The id for a time expression: the second "in 2008" of a passage is p1-in-2008-2, and so on. */
  const idFor = (when: string) => {
    const base = `${passage.id}-${slug(when)}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  return sentences(passage.text).flatMap((sentence) => {
    const [first] = timeExpressions(sentence.text);
    if (!first) return [];
    const inSentence = mentions
      .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
      .map((m) => m.region);
    const regions = inSentence.length > 0 ? [...new Set(inSentence)] : passageRegions;
    if (regions.length === 0) return [];
    const year = YEAR.exec(first.text)?.[1];
    return [
      {
        id: idFor(first.text),
        summary: summaryOf(sentence.text),
        regions,
        passage: passage.id,
        when: first.text,
        ...(year ? { date: { value: year, source: 'article' as const } } : {}),
        review: 'proposed' as const,
      },
    ];
  });
}
