import { describe, expect, it } from 'vitest';
import { headingScroll, nearestScroll } from './scrollDistance.ts';

describe('scrolling the nearest way', () => {
  it('does not move what is already in view', () => {
    expect(nearestScroll(100, 200, 0, 500)).toBe(0);
    expect(nearestScroll(0, 500, 0, 500)).toBe(0);
  });

  it('moves up to show what is above, down to show what is below, by as little as it can', () => {
    expect(nearestScroll(-50, 20, 0, 500)).toBe(-50);
    expect(nearestScroll(480, 560, 0, 500)).toBe(60);
  });

  it('shows the top of something taller than the view', () => {
    expect(nearestScroll(300, 1300, 0, 500)).toBe(300);
  });

  it('measures from the top of a view that does not start at 0 (a box under a pinned map)', () => {
    expect(nearestScroll(250, 280, 300, 800)).toBe(-50);
    expect(nearestScroll(700, 850, 300, 800)).toBe(50);
    expect(nearestScroll(400, 1400, 300, 800)).toBe(100);
  });
});

describe('bringing a heading up', () => {
  const free = { pinned: false, gap: 0 };
  const pinned = { pinned: true, gap: 8 };

  it('leaves a heading in view where it is, in a box or a window with nothing pinned', () => {
    expect(headingScroll(100, 130, 0, 500, free)).toBe(0);
    expect(headingScroll(0, 500, 0, 500, free)).toBe(0);
    expect(headingScroll(450, 480, 0, 500, free)).toBe(0);
    // Touching the view's edges is in view: the gap is not asked for.
    expect(headingScroll(100, 130, 100, 500, { pinned: false, gap: 8 })).toBe(0);
    expect(headingScroll(470, 500, 100, 500, { pinned: false, gap: 8 })).toBe(0);
  });

  it('brings a heading above or below the view to its top, leaving the gap', () => {
    expect(headingScroll(-40, -10, 0, 500, free)).toBe(-40);
    expect(headingScroll(490, 520, 0, 500, free)).toBe(490);
    expect(headingScroll(600, 630, 100, 500, { pinned: false, gap: 8 })).toBe(492);
  });

  it('under a pinned map, brings up a heading low in the view too, but not one high enough', () => {
    // The view is the window below the map: 300 to 800; low is past 300 + 0.35 × 500 = 475.
    expect(headingScroll(475, 500, 300, 800, pinned)).toBe(0);
    expect(headingScroll(476, 500, 300, 800, pinned)).toBe(168);
    expect(headingScroll(350, 380, 300, 800, pinned)).toBe(0);
    expect(headingScroll(250, 280, 300, 800, pinned)).toBe(-58);
    expect(headingScroll(476, 500, 300, 800, free)).toBe(0);
  });
});
