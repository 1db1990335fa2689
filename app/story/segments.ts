/**
 * A passage cut into runs of plain text, explicit mentions, implicit references and relative
 * times with the editor's date, in
 * text order, for rendering. An implicit quote that overlaps a mention, or an implicit quote
 * listed before it, is not marked twice. O(n log n) in the passage's marks: overlaps are
 * found by binary search in marks kept sorted by position.
 */
import type { DatedPhrase, ImplicitReference, Mention, Passage } from './schema.ts';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; mention: Mention }
  | { kind: 'implicit'; text: string; reference: ImplicitReference }
  | { kind: 'dated'; text: string; dated: DatedPhrase };

interface Mark {
  start: number;
  end: number;
  segment: Segment;
}

/** Index of the first mark whose start is at or after `at`, in marks sorted by start. */
function firstFrom(marks: readonly Mark[], at: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((marks[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps any of `marks` (sorted by start, not overlapping each other). */
function overlapsAny(marks: readonly Mark[], start: number, end: number): boolean {
  const i = firstFrom(marks, start);
  const before = marks[i - 1];
  const from = marks[i];
  return (before !== undefined && before.end > start) || (from !== undefined && from.start < end);
}

export function segments(passage: Passage): Segment[] {
  const marks: Mark[] = passage.mentions
    .map(
      (mention): Mark => ({
        start: mention.start,
        end: mention.end,
        segment: { kind: 'mention', text: mention.text, mention },
      }),
    )
    .sort((a, b) => a.start - b.start);
  // Quoted marks go where their words first appear, unless a mark is already there. A relative
  // time that is also part of a mark is left as it is: its date shows in its event.
  const quote = (words: string, segment: Segment) => {
    const start = passage.text.indexOf(words);
    const end = start + words.length;
    if (start < 0 || overlapsAny(marks, start, end)) return;
    marks.splice(firstFrom(marks, start), 0, { start, end, segment });
  };
  for (const reference of passage.implicit)
    quote(reference.quote, { kind: 'implicit', text: reference.quote, reference });
  for (const dated of passage.dates ?? []) quote(dated.quote, { kind: 'dated', text: dated.quote, dated });
  const out: Segment[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start > at) out.push({ kind: 'text', text: passage.text.slice(at, mark.start) });
    out.push(mark.segment);
    at = mark.end;
  }
  if (at < passage.text.length) out.push({ kind: 'text', text: passage.text.slice(at) });
  return out;
}
