import { describe, expect, it } from 'vitest';
import { heightMessage, parseWidthMessage, pymParams } from './pymChild.ts';

describe('pym child protocol', () => {
  it('reads childId and initialWidth from the query string', () => {
    expect(pymParams('?initialWidth=640&childId=map-1&parentTitle=x')).toEqual({
      childId: 'map-1',
      initialWidth: 640,
    });
    expect(pymParams('?initialWidth=abc&childId=map-1')).toEqual({ childId: 'map-1', initialWidth: null });
  });

  it('is not a pym child without a well-formed childId', () => {
    expect(pymParams('')).toBeNull();
    expect(pymParams('?childId=<script>')).toBeNull();
    expect(pymParams(`?childId=${'a'.repeat(65)}`)).toBeNull();
  });

  it('writes height messages as pym parents expect them', () => {
    expect(heightMessage('map-1', 812.2)).toBe('pymxPYMxmap-1xPYMxheightxPYMx813');
  });

  it('accepts a width message for this child only', () => {
    expect(parseWidthMessage('pymxPYMxmap-1xPYMxwidthxPYMx700', 'map-1')).toBe(700);
    expect(parseWidthMessage('pymxPYMxother xPYMxwidthxPYMx700', 'map-1')).toBeNull();
    expect(parseWidthMessage('pymxPYMxmap-2xPYMxwidthxPYMx700', 'map-1')).toBeNull();
  });

  it.each([
    ['not a string', { type: 'width', value: 700 }],
    ['another message type', 'pymxPYMxmap-1xPYMxnavigateToxPYMxjavascript:alert(1)'],
    ['markup as the value', 'pymxPYMxmap-1xPYMxwidthxPYMx<img src=x onerror=alert(1)>'],
    ['trailing garbage', 'pymxPYMxmap-1xPYMxwidthxPYMx700;alert(1)'],
    ['a negative width', 'pymxPYMxmap-1xPYMxwidthxPYMx-5'],
    ['a huge string', `pymxPYMxmap-1xPYMxwidthxPYMx${'9'.repeat(1000)}`],
  ])('ignores %s', (_name, data) => {
    expect(parseWidthMessage(data, 'map-1')).toBeNull();
  });
});
