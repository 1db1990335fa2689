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

describe('formatDate, month by month', () => {
  it('names every month, and writes only the year for a month it cannot name', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatDate(`2020-${String(i + 1).padStart(2, '0')}`));
    expect(months).toEqual([
      'January 2020',
      'February 2020',
      'March 2020',
      'April 2020',
      'May 2020',
      'June 2020',
      'July 2020',
      'August 2020',
      'September 2020',
      'October 2020',
      'November 2020',
      'December 2020',
    ]);
    expect(formatDate('2020-13')).toBe('2020');
    expect(formatDate('2020-00-05')).toBe('2020');
  });
});
