import { describe, expect, it } from 'vitest';
import { HOST_FRESH_MS, hostIsFresh, markerCount, STEP, spanInFrame, spanOfMarkers } from './span.ts';

describe('what of a frame the reader sees, from the host’s report', () => {
  it('is the part of the frame inside the host’s window', () => {
    // A 2,000 px frame 300 px down an 800 px window: its first 500 px show.
    expect(spanInFrame(800, 300, 2000)).toEqual({ top: 0, bottom: 500 });
    // Scrolled 700 px past its top: 700 to 1,500.
    expect(spanInFrame(800, -700, 2000)).toEqual({ top: 700, bottom: 1500 });
    // Its foot in view: never past its height.
    expect(spanInFrame(800, -1500, 2000)).toEqual({ top: 1500, bottom: 2000 });
  });
});

describe('what the reader sees, from the markers in view', () => {
  it('is nothing with no marker in view', () => {
    expect(spanOfMarkers(new Set())).toBeNull();
  });

  it('reaches half a step beyond the first and last markers in view, never above the top', () => {
    expect(spanOfMarkers(new Set([3, 4, 5, 6]))).toEqual({
      top: 3 * STEP - STEP / 2,
      bottom: 6 * STEP + STEP / 2,
    });
    expect(spanOfMarkers(new Set([6, 3]))).toEqual({ top: 3 * STEP - STEP / 2, bottom: 6 * STEP + STEP / 2 });
    expect(spanOfMarkers(new Set([0, 1]))).toEqual({ top: 0, bottom: STEP + STEP / 2 });
    expect(spanOfMarkers(new Set([2]))).toEqual({ top: 60, bottom: 100 });
  });

  it('lays one marker every step inside the page, none below its foot', () => {
    expect(STEP).toBe(40);
    expect(markerCount(1)).toBe(1);
    expect(markerCount(40)).toBe(1);
    expect(markerCount(41)).toBe(2);
    expect(markerCount(400)).toBe(10);
    expect(markerCount(401)).toBe(11);
    // The last marker's 1 px lies inside the page.
    for (const height of [1, 39, 40, 41, 399, 400, 401, 1234])
      expect((markerCount(height) - 1) * STEP + 1, String(height)).toBeLessThanOrEqual(height);
  });
});

describe('a host’s report', () => {
  it('outranks the markers for half a second', () => {
    expect(HOST_FRESH_MS).toBe(500);
    expect(hostIsFresh(1000, 1000)).toBe(true);
    expect(hostIsFresh(1499, 1000)).toBe(true);
    expect(hostIsFresh(1500, 1000)).toBe(false);
    expect(hostIsFresh(1000, Number.NEGATIVE_INFINITY)).toBe(false);
  });
});
