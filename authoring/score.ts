/**
 * How well the tool's mentions agree with a careful reader's marks (NAME.expected.json):
 * true and false positives and misses per region, at mention level (the same region named by
 * the same words in the same paragraph) and at paragraph level (the paragraphs that name a
 * region), with precision and recall. The accuracy tests and the README's tables use this.
 */
import type { Mention, Story } from '../app/story/schema.ts';

/** Hand marks: for each paragraph id (`pN`, N its index, the title p0), `region:text` in order. */
export interface Expected {
  passages: Record<string, string[]>;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** A mention the tool got wrong, with where it is, for the list of remaining misses. */
export interface Miss {
  article: string;
  passage: string;
  /** `region:text` */
  mark: string;
  kind: 'false positive' | 'missed';
}

export interface Score {
  mentions: Map<string, Tally>;
  paragraphs: Map<string, Tally>;
  misses: Miss[];
}

export const emptyScore = (): Score => ({ mentions: new Map(), paragraphs: new Map(), misses: [] });

function add(tallies: Map<string, Tally>, region: string, key: keyof Tally): void {
  const t = tallies.get(region) ?? { tp: 0, fp: 0, fn: 0 };
  t[key] += 1;
  tallies.set(region, t);
}

const regionOf = (mark: string) => mark.slice(0, mark.indexOf(':'));

interface Located {
  mark: string;
  region: string;
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each hand mark is in its paragraph. Marks are listed in reading order, so each takes an
 * occurrence of its words after the one the previous mark of the same words took: the first
 * that a found mention of its region overlaps, if any does (the marker skipped "Georgian" in
 * "Georgian Dream"), otherwise the first.
 */
export function locateMarks(
  text: string,
  marks: readonly string[],
  found: readonly Mention[] = [],
): Located[] {
  const after = new Map<string, number>();
  return marks.map((mark) => {
    const region = regionOf(mark);
    const words = mark.slice(mark.indexOf(':') + 1);
    const from = after.get(words) ?? -1;
    const spans = [
      ...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(words)}(?![\\p{L}\\p{N}])`, 'gu')),
    ]
      .map((m) => ({ start: m.index, end: m.index + words.length }))
      .filter((span) => span.start > from);
    const span = spans.find((w) =>
      found.some((m) => m.region === region && w.start < m.end && m.start < w.end),
    ) ??
      spans[0] ?? { start: -1, end: -1 };
    after.set(words, span.start);
    return { mark, region, ...span };
  });
}

/**
 * Adds one article's agreement to `score` (so several articles add up to one table). A mention
 * agrees with a mark of the same region at the same place: their words overlap, so "Donetsk
 * People’s Republic" found agrees with "Donetsk" marked.
 */
export function scoreArticle(article: string, story: Story, expected: Expected, score: Score): Score {
  const ids = new Set([...story.passages.map((p) => p.id), ...Object.keys(expected.passages)]);
  for (const id of ids) {
    const passage = story.passages.find((p) => p.id === id);
    const found = passage?.mentions ?? [];
    const marks = expected.passages[id] ?? [];
    const wanted = locateMarks(passage?.text ?? '', marks, found);
    for (const m of found) {
      const mark = `${m.region}:${m.text}`;
      const at = wanted.findIndex((w) => w.region === m.region && w.start < m.end && m.start < w.end);
      if (at >= 0) wanted.splice(at, 1);
      else score.misses.push({ article, passage: id, mark, kind: 'false positive' });
      add(score.mentions, m.region, at >= 0 ? 'tp' : 'fp');
    }
    for (const { mark, region } of wanted) {
      score.misses.push({ article, passage: id, mark, kind: 'missed' });
      add(score.mentions, region, 'fn');
    }
    const foundRegions = new Set(found.map((m) => m.region));
    const wantedRegions = new Set(marks.map(regionOf));
    for (const region of new Set([...foundRegions, ...wantedRegions])) {
      const key = foundRegions.has(region) ? (wantedRegions.has(region) ? 'tp' : 'fp') : 'fn';
      add(score.paragraphs, region, key);
    }
  }
  return score;
}

export const precision = ({ tp, fp }: Tally) => (tp + fp === 0 ? 1 : tp / (tp + fp));
export const recall = ({ tp, fn }: Tally) => (tp + fn === 0 ? 1 : tp / (tp + fn));

/** All regions' tallies added together. */
export function overall(tallies: Map<string, Tally>): Tally {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const t of tallies.values()) {
    sum.tp += t.tp;
    sum.fp += t.fp;
    sum.fn += t.fn;
  }
  return sum;
}

/** A Markdown table: one row per region and one for all, at both levels. */
export function scoreTable(score: Score): string {
  const regions = [...new Set([...score.mentions.keys(), ...score.paragraphs.keys()])].sort();
  const cells = (t: Tally | undefined) => {
    const tally = t ?? { tp: 0, fp: 0, fn: 0 };
    return `${tally.tp + tally.fn} | ${precision(tally).toFixed(2)} | ${recall(tally).toFixed(2)}`;
  };
  const rows = regions.map(
    (r) => `| ${r} | ${cells(score.mentions.get(r))} | ${cells(score.paragraphs.get(r))} |`,
  );
  rows.push(`| **all** | ${cells(overall(score.mentions))} | ${cells(overall(score.paragraphs))} |`);
  return [
    '| region | marks | precision | recall | paragraphs | precision | recall |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}
