import { describe, expect, it } from 'vitest';
import { mapOffset, passageAt, readingLine } from './reading.ts';

describe('story mode’s reading position', () => {
  it('is a third of the way down the visible text, below a map pinned over it', () => {
    expect(readingLine({ top: 1000, bottom: 1800 }, 0)).toBe(1240);
    expect(readingLine({ top: 1000, bottom: 1800 }, 300)).toBe(1300 + 500 * 0.3);
    // A map covering most of a short window leaves the text at least 40 % of it.
    expect(readingLine({ top: 0, bottom: 500 }, 450)).toBe(300 + 200 * 0.3);
  });

  it('finds the passage whose top is last above the line, and the first above them all', () => {
    const tops = [100, 400, 700, 1000];
    expect(passageAt(tops, 50)).toBe(0);
    expect(passageAt(tops, 100)).toBe(0);
    expect(passageAt(tops, 699)).toBe(1);
    expect(passageAt(tops, 700)).toBe(2);
    expect(passageAt(tops, 5000)).toBe(3);
    expect(passageAt([], 10)).toBe(0);
  });

  it('keeps a pinned map inside its column, in view of the reader', () => {
    expect(mapOffset({ top: 0, bottom: 800 }, 200, 3000)).toBe(0);
    expect(mapOffset({ top: 1000, bottom: 1800 }, 200, 3000)).toBe(808);
    expect(mapOffset({ top: 9000, bottom: 9800 }, 200, 3000)).toBe(3000);
  });
});
