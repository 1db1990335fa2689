/**
 * Finds the explicit mentions of regions in a passage with a gazetteer kept as data
 * (gazetteer.json): whole words, case-sensitive, the longest name winning where names
 * overlap; then the false friends are set aside, each with the rule that says so: a name
 * inside a proper noun listed as not a mention (a news outlet, a party, a club, a dish), a
 * name that its own words show to be something else (a language: "in Russian",
 * "Ukrainian-language"), and an ambiguous name whose nearest cue says it is the other place
 * (the US state of Georgia: "state of Georgia", "Atlanta").
 */
import type { Mention } from '../app/story/schema.ts';
import { sentences } from './events.ts';

/**
 * An ambiguous name, as data: one of `names` is the other place when, in its own sentence, a
 * cue (`cues`: "Atlanta", "state of Georgia") lies nearer to it than a counter-cue
 * (`counterCues`: "Tbilisi", "ambassador", "Republic of Georgia"); a cue that contains the
 * name is nearest of all. A sentence with neither defers to its passage in the same way; a
 * passage with no cue leaves the name alone. Cues match whole words in any case.
 */
export interface ContextRule {
  rule: string;
  names: string[];
  cues: string[];
  counterCues?: string[];
}

/**
 * A name that the words around it show is not the place, as data: one of `names` preceded by
 * text matching one of `before` (a pattern anchored at the name, e.g. `\bin $`) and followed by
 * text matching one of `after` (anchored at its end, e.g. `^-language`); a rule without one
 * side asks nothing of it.
 */
export interface WordRule {
  rule: string;
  names: string[];
  before?: string[];
  after?: string[];
}

export interface Gazetteer {
  regions: Record<string, string[]>;
  notMentions: string[];
  contextRules?: ContextRule[];
  wordRules?: WordRule[];
}

/** The hand-kept gazetteer with the towns of each region (gazetteer.places.json) added to its names. */
export function withPlaces(gazetteer: Gazetteer, places: Record<string, readonly string[]>): Gazetteer {
  const regions = { ...gazetteer.regions };
  for (const [id, list] of Object.entries(places))
    regions[id] = [...new Set([...(regions[id] ?? []), ...list])];
  return { ...gazetteer, regions };
}

/** A name the tool found but did not take as a mention, and the rule that said so. */
export interface Rejected {
  region: string;
  text: string;
  rule: string;
}

interface Span {
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every occurrence of any of `names` as whole words (letters on neither side). */
function occurrences(text: string, names: string[], flags = 'gu'): (Span & { name: string })[] {
  if (names.length === 0) return [];
  const longestFirst = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.join('|')})(?![\\p{L}\\p{N}])`, flags);
  return [...text.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    name: m[0],
  }));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Characters between two spans; 0 when one holds the other or they overlap. */
const distance = (a: Span, b: Span) => (overlaps(a, b) ? 0 : Math.max(a.start - b.end, b.start - a.end));

/** The sentence that holds a span (events.ts's sentences), or the whole text. */
const sentenceAround = (text: string, at: Span): Span =>
  sentences(text).find((s) => s.start <= at.start && at.end <= s.end) ?? { start: 0, end: text.length };

/** Where a context rule's cues and counter-cues are in a text, found once per text. */
function cuesIn(text: string, rule: ContextRule): { cues: Span[]; counter: Span[] } {
  return {
    cues: occurrences(text, rule.cues, 'giu'),
    counter: occurrences(text, rule.counterCues ?? [], 'giu'),
  };
}

/** Whether a context rule makes this occurrence the other place: its nearest cue decides. */
function isOtherPlace(text: string, at: Span, { cues, counter }: { cues: Span[]; counter: Span[] }): boolean {
  if (cues.length === 0) return false;
  const nearest = (spans: Span[], within: Span) =>
    Math.min(
      ...spans.filter((s) => s.start >= within.start && s.end <= within.end).map((s) => distance(s, at)),
    );
  for (const within of [sentenceAround(text, at), { start: 0, end: text.length }]) {
    const cue = nearest(cues, within);
    const against = nearest(counter, within);
    if (cue !== Number.POSITIVE_INFINITY || against !== Number.POSITIVE_INFINITY) return cue < against;
  }
  return false;
}

const wordRulePatterns = (rules: WordRule[]) =>
  rules.map((r) => ({
    ...r,
    before: (r.before ?? []).map((p) => new RegExp(p, 'u')),
    after: (r.after ?? []).map((p) => new RegExp(p, 'u')),
  }));

export function findMentions(text: string, gazetteer: Gazetteer, rejected: Rejected[] = []): Mention[] {
  const excluded = occurrences(text, gazetteer.notMentions);
  const all = Object.entries(gazetteer.regions)
    .flatMap(([region, names]) => occurrences(text, names).map((o) => ({ ...o, region })))
    // Longest first, so "eastern Ukrainian" (Donbass) beats "Ukrainian" (Ukraine).
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof all = [];
  for (const c of all) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  const wordRules = wordRulePatterns(gazetteer.wordRules ?? []);
  const contextRules = (gazetteer.contextRules ?? []).map((r) => ({ ...r, spans: cuesIn(text, r) }));
  const ruleAgainst = (c: (typeof all)[number]): string | null => {
    const name = excluded.find((x) => overlaps(c, x));
    if (name) return `part of the name “${name.name}”`;
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    const after = text.slice(c.end, c.end + 80);
    const word = wordRules.find(
      (r) =>
        r.names.includes(c.name) &&
        (r.before.length === 0 || r.before.some((p) => p.test(before))) &&
        (r.after.length === 0 || r.after.some((p) => p.test(after))),
    );
    if (word) return word.rule;
    const context = contextRules.find((r) => r.names.includes(c.name) && isOtherPlace(text, c, r.spans));
    return context?.rule ?? null;
  };
  return kept
    .filter((c) => {
      const rule = ruleAgainst(c);
      if (rule) rejected.push({ region: c.region, text: c.name, rule });
      return !rule;
    })
    .sort((a, b) => a.start - b.start)
    .map(({ region, start, end }) => ({ region, start, end, text: text.slice(start, end) }));
}

/**
 * The editor's mentions (words the gazetteer does not know, marked in the studio or the
 * overrides file): every whole-word occurrence of each in the text that no mention in `taken`
 * already covers, in text order with them. A word that is not in the text is named, so an
 * override that no longer fits its article is never dropped silently.
 */
export function withEditorMentions(
  text: string,
  taken: Mention[],
  added: readonly { region: string; text: string }[],
): { mentions: Mention[]; missing: string[] } {
  const mentions = [...taken];
  const missing: string[] = [];
  for (const { region, text: words } of added) {
    const found = occurrences(text, [words]);
    if (found.length === 0) missing.push(words);
    for (const o of found)
      if (!mentions.some((m) => overlaps(m, o)))
        mentions.push({ region, start: o.start, end: o.end, text: o.name });
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), missing };
}
