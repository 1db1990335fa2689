import { describe, expect, it } from 'vitest';
import { nearestScroll } from './scroll.ts';

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
});
