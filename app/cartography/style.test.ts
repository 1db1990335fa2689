import { describe, expect, it } from 'vitest';
import { hatchPath, hatchSegments } from './hatch.ts';
import { legend } from './legend.ts';
import { palettes } from './palette.ts';
import {
  HATCH_OF_KIND,
  HATCHES,
  KIND_ORDER,
  LINES,
  labelKindOfRegion,
  outlineOf,
  regionPaint,
  SELECTED_FILL,
} from './style.ts';

describe('the map specification', () => {
  it('fills each kind of region: coloured countries, neighbours, Donbass, a hatch per disputed status', () => {
    expect(regionPaint({ kind: 'country', id: 'russia' })).toEqual({ colour: 'russia' });
    expect(regionPaint({ kind: 'country', id: 'ukraine' })).toEqual({ colour: 'ukraine' });
    expect(regionPaint({ kind: 'country', id: 'georgia' })).toEqual({ colour: 'georgia' });
    expect(regionPaint({ kind: 'country', id: 'belarus' })).toEqual({ colour: 'neighbour' });
    expect(regionPaint({ kind: 'region', id: 'donbass' })).toEqual({ colour: 'ukraine' });
    expect(regionPaint({ kind: 'annexed', id: 'crimea' })).toEqual({ hatch: 'hatch-annexed' });
    expect(regionPaint({ kind: 'breakaway', id: 'south-ossetia' })).toEqual({ hatch: 'hatch-breakaway' });
    expect(regionPaint({ kind: 'separatist-held', id: 'x' })).toEqual({ hatch: 'hatch-separatist' });
  });

  it('draws disputed areas over the countries they lie in, and outlines every area that is not a state', () => {
    expect(KIND_ORDER[0]).toBe('country');
    for (const kind of ['annexed', 'breakaway', 'separatist-held'] as const) {
      expect(KIND_ORDER.indexOf(kind)).toBeGreaterThan(KIND_ORDER.indexOf('region'));
      expect(outlineOf({ kind })).toBe(LINES.claim);
    }
    expect(outlineOf({ kind: 'region' })).toBe(LINES.region);
    expect(outlineOf({ kind: 'country' })).toBeNull();
  });

  it('draws a subdivision as its country’s, unless a view draws it as another state’s or its own', () => {
    const oblast = { kind: 'subdivision', id: 'kherson', within: 'ukraine' } as const;
    expect(regionPaint(oblast)).toEqual({ colour: 'ukraine' });
    expect(outlineOf(oblast)).toBeNull();
    expect(outlineOf({ ...oblast, drawnAs: 'part-of', partOf: 'ukraine' })).toBeNull();
    const claimed = { ...oblast, drawnAs: 'part-of', partOf: 'russia' } as const;
    expect(regionPaint(claimed)).toEqual({ colour: 'russia' });
    expect(outlineOf(claimed)).toBe(LINES.border);
    expect(KIND_ORDER.indexOf('subdivision')).toBeLessThan(KIND_ORDER.indexOf('region'));
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

describe('the legend', () => {
  it('shows the selection as the map draws it: the same tint, opacity and outline', () => {
    const selected = legend.find((e) => e.id === 'selected')?.swatch;
    expect(selected).toMatchObject({
      kind: 'fill',
      colour: SELECTED_FILL.colour,
      opacity: SELECTED_FILL.opacity,
      outline: LINES.selected,
    });
  });

  it('has an entry for every hatch and every fill colour the map uses', () => {
    const hatches = legend.flatMap((e) => (e.swatch.kind === 'hatch' ? [e.swatch.hatch] : []));
    expect(new Set(hatches)).toEqual(new Set(HATCHES.map((h) => h.id)));
    const fills = legend.flatMap((e) => (e.swatch.kind === 'fill' ? [e.swatch.colour] : []));
    for (const colour of ['russia', 'ukraine', 'georgia', 'neighbour'] as const) {
      expect(fills).toContain(colour);
    }
    expect(legend.find((e) => e.id === 'annexed')?.label).toContain('part of Ukraine');
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
