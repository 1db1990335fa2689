/**
 * A passage cut into runs of plain text, explicit mentions and implicit references, in
 * text order, for rendering. An implicit quote that overlaps a mention is not marked twice.
 */
import type { ImplicitReference, Mention, Passage } from './schema.ts';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; text: string; mention: Mention }
  | { kind: 'implicit'; text: string; reference: ImplicitReference };

interface Mark {
  start: number;
  end: number;
  segment: Segment;
}

export function segments(passage: Passage): Segment[] {
  const marks: Mark[] = passage.mentions.map((mention) => ({
    start: mention.start,
    end: mention.end,
    segment: { kind: 'mention', text: mention.text, mention },
  }));
  for (const reference of passage.implicit) {
    const start = passage.text.indexOf(reference.quote);
    const end = start + reference.quote.length;
    if (start < 0 || marks.some((m) => m.start < end && start < m.end)) continue;
    marks.push({ start, end, segment: { kind: 'implicit', text: reference.quote, reference } });
  }
  marks.sort((a, b) => a.start - b.start);
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
