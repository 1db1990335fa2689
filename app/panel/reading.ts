/**
 * Story mode's arithmetic, kept pure for its tests: where the reading position is in what
 * the reader can see, and which passage is at it.
 */
import type { Span } from '../embed/viewport.ts';

/** How far down the visible text (below a map pinned over it) the reader's eyes are. */
export const READING_AT = 0.3;

/** The reading position, in page coordinates: `cover` px of the visible part are under a pinned map. */
export function readingLine(span: Span, cover: number): number {
  const top = span.top + Math.min(cover, (span.bottom - span.top) * 0.6);
  return top + (span.bottom - top) * READING_AT;
}

/**
 * The passage at a position: the last whose top is at or above it (`tops` ascending), or
 * the first when the position is above them all.
 */
export function passageAt(tops: readonly number[], line: number): number {
  let low = 0;
  let high = tops.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((tops[middle] ?? 0) <= line) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Where a pinned map's top goes inside its column so it stays in view: `free` px of room below its resting place. */
export function mapOffset(span: Span, restingTop: number, free: number, margin = 8): number {
  return Math.max(0, Math.min(free, span.top + margin - restingTop));
}
