import { describe, expect, it } from 'vitest';
import { withCommas } from './limits.ts';

describe('a limit as the reader is told it', () => {
  it('groups digits by thousands, from the right', () => {
    expect(withCommas(0)).toBe('0');
    expect(withCommas(999)).toBe('999');
    expect(withCommas(1_000)).toBe('1,000');
    expect(withCommas(60_000)).toBe('60,000');
    expect(withCommas(1_234_567)).toBe('1,234,567');
    expect(withCommas(12_345_678)).toBe('12,345,678');
  });
});
