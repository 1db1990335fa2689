import { describe, expect, it } from 'vitest';
import { hatchPath, hatchSegments } from './hatch.ts';
import { palettes } from './palette.ts';
import {
  countryColours,
  HATCH_OF_KIND,
  HATCHES,
  KIND_ORDER,
  LINES,
  labelKindOfRegion,
  outlineOf,
  regionPaint,
} from './style.ts';

describe('the map specification', () => {
  // A country the data gives a colour, one it does not, and areas within the first.
  const colourOf = countryColours([
    { properties: { id: 'a', colour: 'state1' } },
    { properties: { id: 'b', colour: 'state2' } },
    { properties: { id: 'n' } },
  ]);

  it('fills a country in the colour the data gives it, any other as a neighbour', () => {
    expect(colourOf('a')).toBe('state1');
    expect(colourOf('b')).toBe('state2');
    expect(colourOf('n')).toBe('neighbour');
    expect(colourOf('unknown')).toBe('neighbour');
    expect(regionPaint({ kind: 'country', id: 'a' }, colourOf)).toEqual({ colour: 'state1' });
    expect(regionPaint({ kind: 'country', id: 'n' }, colourOf)).toEqual({ colour: 'neighbour' });
  });

  it('fills an area within a country in that country’s colour, and hatches a disputed one over it', () => {
    expect(regionPaint({ kind: 'region', id: 'r', within: 'a' }, colourOf)).toEqual({ colour: 'state1' });
    expect(regionPaint({ kind: 'annexed', id: 'x', within: 'b' }, colourOf)).toEqual({
      hatch: 'hatch-annexed',
      ground: 'state2',
    });
    expect(regionPaint({ kind: 'breakaway', id: 'x', within: 'a' }, colourOf)).toEqual({
      hatch: 'hatch-breakaway',
      ground: 'state1',
    });
    expect(regionPaint({ kind: 'separatist-held', id: 'x' }, colourOf)).toEqual({
      hatch: 'hatch-separatist',
      ground: 'neighbour',
    });
  });

  it('draws disputed areas over the countries they lie in, and outlines every area that is not a state', () => {
    expect(KIND_ORDER[0]).toBe('country');
    for (const kind of ['annexed', 'breakaway', 'separatist-held'] as const) {
      expect(KIND_ORDER.indexOf(kind)).toBeGreaterThan(KIND_ORDER.indexOf('region'));
      expect(outlineOf({ kind })).toBe(LINES.claim);
      expect(outlineOf({ kind, drawnAs: 'state' })).toBe(LINES.border);
      expect(outlineOf({ kind, drawnAs: 'part-of', partOf: 'a' })).toBe(LINES.border);
    }
    expect(outlineOf({ kind: 'region' })).toBe(LINES.region);
    expect(outlineOf({ kind: 'region', drawnAs: 'part-of', partOf: 'a' })).toBe(LINES.region);
    expect(outlineOf({ kind: 'region', drawnAs: 'state' })).toBe(LINES.border);
    expect(outlineOf({ kind: 'country' })).toBeNull();
  });

  it('draws a subdivision as its country’s, unless a view draws it as another state’s or its own', () => {
    const oblast = { kind: 'subdivision', id: 'o', within: 'b' } as const;
    expect(regionPaint(oblast, colourOf)).toEqual({ colour: 'state2' });
    expect(outlineOf(oblast)).toBeNull();
    expect(outlineOf({ ...oblast, drawnAs: 'part-of', partOf: 'b' })).toBeNull();
    const claimed = { ...oblast, drawnAs: 'part-of', partOf: 'a' } as const;
    expect(regionPaint(claimed, colourOf)).toEqual({ colour: 'state1' });
    expect(outlineOf(claimed)).toBe(LINES.border);
    expect(regionPaint({ ...oblast, drawnAs: 'state' }, colourOf)).toEqual({ colour: 'neighbour' });
    expect(outlineOf({ ...oblast, drawnAs: 'state' })).toBe(LINES.border);
    expect(KIND_ORDER.indexOf('subdivision')).toBeLessThan(KIND_ORDER.indexOf('region'));
  });

  it('fills a disputed area as a view draws it: part of a state in its colour, a state as a neighbour', () => {
    expect(
      regionPaint({ kind: 'annexed', id: 'x', within: 'b', drawnAs: 'part-of', partOf: 'a' }, colourOf),
    ).toEqual({
      colour: 'state1',
    });
    expect(regionPaint({ kind: 'breakaway', id: 'x', within: 'a', drawnAs: 'state' }, colourOf)).toEqual({
      colour: 'neighbour',
    });
    expect(regionPaint({ kind: 'breakaway', id: 'x', within: 'a', drawnAs: 'disputed' }, colourOf)).toEqual({
      hatch: 'hatch-breakaway',
      ground: 'state1',
    });
  });

  it('tells the disputed statuses apart by pattern, not only colour: each hatch has its own direction', () => {
    expect(new Set(HATCHES.map((h) => h.direction)).size).toBe(HATCHES.length);
    expect(new Set(Object.values(HATCH_OF_KIND))).toEqual(new Set(HATCHES.map((h) => h.id)));
  });

  it('names regions by kind', () => {
    expect(labelKindOfRegion('country')).toBe('country');
    expect(labelKindOfRegion('breakaway')).toBe('region');
  });

  it('has every colour in both themes', () => {
    expect(Object.keys(palettes.dark).sort()).toEqual(Object.keys(palettes.light).sort());
    for (const palette of Object.values(palettes)) {
      for (const colour of Object.values(palette)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});

describe('the one hatch drawing', () => {
  it('tiles: lines run corner to corner, and the neighbours either side finish the corners', () => {
    expect(hatchSegments({ direction: 'rising' }, 8)).toEqual([
      [-8, 8, 0, 0],
      [0, 8, 8, 0],
      [8, 8, 16, 0],
    ]);
    expect(hatchSegments({ direction: 'falling' }, 6)).toEqual([
      [-6, 0, 0, 6],
      [0, 0, 6, 6],
      [6, 0, 12, 6],
    ]);
    expect(hatchSegments({ direction: 'cross' }, 6)).toEqual([
      [-6, 6, 0, 0],
      [0, 6, 6, 0],
      [6, 6, 12, 0],
      [-6, 0, 0, 6],
      [0, 0, 6, 6],
      [6, 0, 12, 6],
    ]);
    expect(hatchPath({ direction: 'falling' }, 2)).toBe('M-2 0L0 2M0 0L2 2M2 0L4 2');
  });
});

describe('the hatches', () => {
  it('are drawn in the palette’s hatch colours', () => {
    expect(HATCHES.map((h) => [h.id, h.colour, h.direction, h.spacing])).toEqual([
      ['hatch-annexed', 'annexedHatch', 'rising', 7],
      ['hatch-breakaway', 'breakawayHatch', 'falling', 7],
      ['hatch-separatist', 'separatistHatch', 'cross', 11],
    ]);
  });
});
