/**
 * Finds the explicit mentions of regions in a passage with a gazetteer kept as data
 * (gazetteer.json): whole words, case-sensitive, the longest name winning where names
 * overlap, nothing inside a proper noun listed as not a mention (a news outlet's name), and
 * nothing a context rule (a false friend: the US state) rejects, which it says.
 */
import type { Mention } from '../app/story/schema.ts';

/**
 * A false friend, as data: a region's names are not mentions of it in a passage that also
 * holds one of `cues` (the US state of Georgia: "Atlanta", "state of Georgia").
 */
export interface ContextRule {
  rule: string;
  regions: string[];
  cues: string[];
}

export interface Gazetteer {
  regions: Record<string, string[]>;
  notMentions: string[];
  contextRules?: ContextRule[];
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
function occurrences(text: string, names: string[]): (Span & { name: string })[] {
  if (names.length === 0) return [];
  const longestFirst = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    name: m[0],
  }));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function findMentions(text: string, gazetteer: Gazetteer, rejected: Rejected[] = []): Mention[] {
  const excluded = occurrences(text, gazetteer.notMentions);
  const candidates = Object.entries(gazetteer.regions)
    .flatMap(([region, names]) => occurrences(text, names).map((o) => ({ ...o, region })))
    .filter((c) => !excluded.some((x) => overlaps(c, x)))
    // Longest first, so "eastern Ukrainian" (Donbass) beats "Ukrainian" (Ukraine).
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof candidates = [];
  for (const c of candidates) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  const falseFriend = (region: string) =>
    (gazetteer.contextRules ?? []).find(
      (r) => r.regions.includes(region) && occurrences(text, r.cues).length > 0,
    );
  return kept
    .filter((c) => {
      const rule = falseFriend(c.region);
      if (rule) rejected.push({ region: c.region, text: text.slice(c.start, c.end), rule: rule.rule });
      return !rule;
    })
    .sort((a, b) => a.start - b.start)
    .map(({ region, start, end }) => ({ region, start, end, text: text.slice(start, end) }));
}
