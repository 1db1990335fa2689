/**
 * The label module's small rules at their boundaries, each against something it does not
 * share code with: point in polygon against turf's, boxes that touch without overlapping, and
 * a name's lines with a made-up measure (every character one tenth of the line's limit).
 * Everything is made inside each test.
 */
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { RegionFeature } from '../geo/schema.ts';
import { linesOf, type Measure, overlaps, polygonContains } from './labels.ts';
import { LABEL_LINE_EMS, LABEL_LINES, LABELS } from './style.ts';

describe('a point in a polygon', () => {
  it('is inside exactly where turf says so, holes and second parts included', () => {
    const star: [number, number][] = [
      [10.3, 1.7],
      [13.1, 8.2],
      [20.9, 8.4],
      [14.6, 12.1],
      [17.2, 19.9],
      [10.4, 14.3],
      [3.8, 19.6],
      [6.3, 12.2],
      [0.1, 8.3],
      [7.6, 7.9],
      [10.3, 1.7],
    ];
    const hole: [number, number][] = [
      [9.2, 9.3],
      [11.7, 9.9],
      [11.9, 12.2],
      [9.1, 11.6],
      [9.2, 9.3],
    ];
    const triangle: [number, number][] = [
      [22.1, 2.3],
      [29.7, 3.1],
      [25.2, 11.9],
      [22.1, 2.3],
    ];
    const geometry = {
      type: 'MultiPolygon',
      coordinates: [[star, hole], [triangle]],
    } as RegionFeature['geometry'];
    const feature = turf.multiPolygon([[star, hole], [triangle]]);
    let inside = 0;
    for (let x = -0.5; x <= 31; x += 0.5)
      for (let y = 0.25; y <= 21; y += 0.5) {
        const expected = turf.booleanPointInPolygon(turf.point([x, y]), feature);
        if (expected) inside++;
        expect(polygonContains(geometry, [x, y]), `${x}, ${y}`).toBe(expected);
      }
    expect(inside).toBeGreaterThan(100);
  });
});

describe('two boxes', () => {
  it('that touch on a side do not overlap, unless room is asked for between them', () => {
    const box = [0, 0, 10, 10] as const;
    for (const other of [
      [10, 0, 20, 10],
      [-10, 0, 0, 10],
      [0, 10, 10, 20],
      [0, -10, 10, 0],
    ] as const) {
      expect(overlaps(box, other), `${other}`).toBe(false);
      expect(overlaps(other, box), `${other}`).toBe(false);
      expect(overlaps(box, other, 1), `${other} with room`).toBe(true);
    }
    expect(overlaps(box, [9, 9, 20, 20])).toBe(true);
  });
});

describe('a name’s lines', () => {
  const kind = 'region';
  const limit = LABEL_LINE_EMS * LABELS[kind].size;
  /** Every character a tenth of the limit. */
  const measure: Measure = (text) => ({ width: (text.length * limit) / 10, height: 10 });

  it('are one line up to the limit, and the fewest that fit beyond it', () => {
    expect(linesOf('abcd efghi', kind, measure)).toEqual(['abcd efghi']);
    expect(linesOf('abcde fghij', kind, measure)).toEqual(['abcde', 'fghij']);
  });

  it('break at the first of two ways as narrow, after a comma or slash before anywhere else', () => {
    expect(linesOf('aaaa bbbb cccc', kind, measure)).toEqual(['aaaa', 'bbbb cccc']);
    expect(linesOf('aaaa/bbbb cccc', kind, measure)).toEqual(['aaaa/', 'bbbb cccc']);
    // After the comma is wider (9 against 7) and still comes first.
    expect(linesOf('aaa, bb cccccc', kind, measure)).toEqual(['aaa,', 'bb cccccc']);
  });

  it(`are at most ${LABEL_LINES}: a name that fits in none keeps its narrowest way of ${LABEL_LINES} lines or fewer`, () => {
    const words = ['aaaaaaaa', 'bbbbbbbb', 'cccccccc', 'dddddddd', 'eeeeeeee', 'ffffffff'];
    const lines = linesOf(words.join(' '), kind, measure);
    expect(lines.length).toBeLessThanOrEqual(LABEL_LINES);
    expect(lines.join(' ')).toBe(words.join(' '));
  });
});
