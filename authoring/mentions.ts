/**
 * Finds the explicit mentions of regions in a passage with a gazetteer kept as data
 * (gazetteer.json): whole words, case-sensitive, the longest name winning where names
 * overlap, and nothing inside a proper noun listed as not a mention (a news outlet's name).
 */
import type { Mention } from '../app/story/schema.ts';

export interface Gazetteer {
  regions: Record<string, string[]>;
  notMentions: string[];
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

export function findMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const excluded = occurrences(text, gazetteer.notMentions);
  const candidates = Object.entries(gazetteer.regions)
    .flatMap(([region, names]) => occurrences(text, names).map((o) => ({ ...o, region })))
    .filter((c) => !excluded.some((x) => overlaps(c, x)))
    // Longest first, so "eastern Ukrainian" (Donbass) beats "Ukrainian" (Ukraine).
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof candidates = [];
  for (const c of candidates) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ region, start, end }) => ({ region, start, end, text: text.slice(start, end) }));
}
