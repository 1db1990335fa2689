import { describe, expect, it } from 'vitest';
import { CONTRAST_AREAS, NEIGHBOURS, SAME_FILL } from '../../geo/config.ts';
import { readGeo } from '../../geo/published.ts';
import { areaColour, areaPaints, contrastTable, deltaE, hatchCoverage } from './contrast.ts';
import { palettes, type Theme } from './palette.ts';
import { HATCHES } from './style.ts';

/** The smallest difference the map allows between two areas that touch. */
const MIN_DELTA_E = 10;

const paints = areaPaints(readGeo(), CONTRAST_AREAS);

describe.each(['light', 'dark'] as Theme[])('the %s palette', (theme) => {
  const palette = palettes[theme];
  const table = contrastTable(palette, paints, NEIGHBOURS, SAME_FILL);

  it('keeps every two touching areas, and land and sea, 10 apart, selected or not, for normal, protan and deutan vision', () => {
    const close = table
      .filter((row) => row.deltaE < MIN_DELTA_E)
      .map((r) => `${r.pair.join('/')} selected=${r.selected} ${r.vision}: ${r.deltaE.toFixed(1)}`);
    expect(close).toEqual([]);
    // Every pair, three selection states (two for the sea and same-fill pairs), three visions.
    expect(table.length).toBeGreaterThanOrEqual(NEIGHBOURS.length * 2 * 3);
  });

  it('shows each hatched area, at a glance, nearer its own country than any other country it touches', () => {
    for (const [area, paint] of Object.entries(paints)) {
      if (!paint.hatch) continue;
      const seen = areaColour(palette, paint);
      const ground = palette[paint.under];
      for (const [a, b] of NEIGHBOURS) {
        const other = a === area ? b : b === area ? a : null;
        const otherPaint = other ? paints[other] : undefined;
        // Another country's fill beside it (the sea is told apart by its colour family, below).
        if (!otherPaint || otherPaint.under === paint.under || otherPaint.hatch || otherPaint.under === 'sea')
          continue;
        const fill = areaColour(palette, otherPaint);
        expect(deltaE(seen, fill), `${area} against ${other}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
        expect(deltaE(seen, ground), `${area}: nearer its ground than ${other}`).toBeLessThan(
          deltaE(seen, fill),
        );
      }
    }
  });

  it('uses one blue, for the sea: no land fill reads as water', () => {
    for (const [area, paint] of Object.entries(paints)) {
      if (paint.under === 'sea') continue;
      expect(deltaE(areaColour(palette, paint), palette.sea), area).toBeGreaterThanOrEqual(MIN_DELTA_E * 1.5);
    }
  });
});

describe('the areas', () => {
  it('are each painted as the scene paints the region that shows it, every hatch among them', () => {
    expect(paints.sea).toEqual({ under: 'sea' });
    expect(paints.neighbour).toEqual({ under: 'neighbour' });
    expect(new Set(Object.values(paints).flatMap((p) => p.hatch ?? []))).toEqual(
      new Set(HATCHES.map((h) => h.id)),
    );
    for (const pair of [...NEIGHBOURS, ...SAME_FILL])
      for (const area of pair) expect(paints[area], area).toBeDefined();
    for (const [a, b] of SAME_FILL) expect(paints[a]?.under).toBe(paints[b]?.under);
  });

  it('say which area a table names that the data does not have', () => {
    expect(() => areaPaints(readGeo(), { atlantis: 'atlantis' })).toThrow(
      /no region atlantis for the area atlantis/,
    );
    expect(() => contrastTable(palettes.light, paints, [['sea', 'atlantis']])).toThrow(/no area atlantis/);
  });
});

describe('colour differences', () => {
  it('are CIEDE2000 (Sharma et al. test pair 1: 2.0425)', () => {
    expect(deltaE('#ffffff', '#ffffff')).toBe(0);
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 0);
    expect(deltaE('#ff0000', '#00ff00')).toBeGreaterThan(80);
  });

  it('collapse red against green for a protanope and a deuteranope', () => {
    expect(deltaE('#d55e00', '#009e73')).toBeGreaterThan(40);
    expect(deltaE('#cc4444', '#44aa44', 'protanopia')).toBeLessThan(deltaE('#cc4444', '#44aa44') / 2);
    expect(deltaE('#cc4444', '#44aa44', 'deuteranopia')).toBeLessThan(deltaE('#cc4444', '#44aa44') / 2);
  });

  it('average a hatch with the fill under it by the share its lines cover, and tint a selection', () => {
    expect(hatchCoverage('hatch-annexed')).toBeGreaterThan(0.2);
    expect(hatchCoverage('hatch-separatist')).toBeGreaterThan(hatchCoverage('hatch-breakaway') * 0.9);
    expect(() => hatchCoverage('hatch-none' as never)).toThrow(/No hatch hatch-none/);
    const plain = { under: 'state2' as const };
    expect(areaColour(palettes.light, plain)).toBe(palettes.light.state2);
    expect(areaColour(palettes.light, plain, true)).not.toBe(palettes.light.state2);
    expect(areaColour(palettes.light, { under: 'sea' }, true)).toBe(palettes.light.sea);
    const hatched = areaColour(palettes.light, { under: 'state2', hatch: 'hatch-annexed' });
    expect(hatched).not.toBe(palettes.light.state2);
    expect(deltaE(hatched, palettes.light.state2)).toBeLessThan(deltaE(hatched, palettes.light.annexedHatch));
  });
});
