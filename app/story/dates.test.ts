import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.ts';

describe('formatDate', () => {
  it('writes a date out at the precision it is known', () => {
    expect(formatDate('2017')).toBe('2017');
    expect(formatDate('2017-03')).toBe('March 2017');
    expect(formatDate('2017-03-21')).toBe('21 March 2017');
    expect(formatDate('2008-08-07')).toBe('7 August 2008');
    expect(formatDate('2017-12')).toBe('December 2017');
    expect(formatDate('2017-01-01')).toBe('1 January 2017');
  });
});
