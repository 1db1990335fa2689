import { describe, expect, it } from 'vitest';
import { CONTRAST_AREAS, NEIGHBOURS, SAME_FILL } from '../../geo/config.ts';
import { readGeo } from '../../geo/published.ts';
import { areaColour, areaPaints, contrastTable, deltaE, hatchCoverage } from './contrast.ts';
import { palettes, type Theme } from './palette.ts';
import { HATCHES } from './style.ts';

/** The smallest difference the map allows between two areas that touch. */
const MIN_DELTA_E = 10;

// Computed in each test, not when the file loads, so a mutant of the code reaches them.
const geo = readGeo();
const paintsNow = () => areaPaints(geo, CONTRAST_AREAS);

describe.each(['light', 'dark'] as Theme[])('the %s palette', (theme) => {
  const palette = palettes[theme];

  it('keeps every two touching areas, and land and sea, 10 apart, selected or not, for normal, protan and deutan vision', () => {
    const table = contrastTable(palette, paintsNow(), NEIGHBOURS, SAME_FILL);
    const close = table
      .filter((row) => row.deltaE < MIN_DELTA_E)
      .map((r) => `${r.pair.join('/')} selected=${r.selected} ${r.vision}: ${r.deltaE.toFixed(1)}`);
    expect(close).toEqual([]);
    // Every pair, three selection states (two for the sea and same-fill pairs), three visions.
    expect(table.length).toBeGreaterThanOrEqual(NEIGHBOURS.length * 2 * 3);
  });

  it('shows each hatched area, at a glance, nearer its own country than any other country it touches', () => {
    const paints = paintsNow();
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
    const paints = paintsNow();
    for (const [area, paint] of Object.entries(paints)) {
      if (paint.under === 'sea') continue;
      expect(deltaE(areaColour(palette, paint), palette.sea), area).toBeGreaterThanOrEqual(MIN_DELTA_E * 1.5);
    }
  });
});

describe('the areas', () => {
  it('are each painted as the scene paints the region that shows it, every hatch among them', () => {
    const paints = paintsNow();
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
    const paints = paintsNow();
    expect(() => areaPaints(geo, { atlantis: 'atlantis' })).toThrow(
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

describe('the contrast table', () => {
  const paints = {
    sea: { under: 'sea' },
    neighbour: { under: 'neighbour' },
    a: { under: 'state1' },
    b: { under: 'state2' },
    c: { under: 'state2' },
  } as const;

  it('compares a land pair with neither, either and both selected, a pair with the sea or a neighbour never selecting those, and a same-fill pair only when one is selected', () => {
    const table = contrastTable(
      palettes.light,
      paints,
      [
        ['a', 'b'],
        ['sea', 'a'],
        ['neighbour', 'b'],
        ['b', 'c'],
      ],
      [['b', 'c']],
    );
    const states = (a: string, b: string) => [
      ...new Set(table.filter((r) => r.pair[0] === a && r.pair[1] === b).map((r) => String(r.selected))),
    ];
    expect(states('a', 'b')).toEqual(['null', 'a', 'b', 'both']);
    expect(states('sea', 'a')).toEqual(['null', 'a']);
    expect(states('neighbour', 'b')).toEqual(['null', 'b']);
    expect(states('b', 'c')).toEqual(['b', 'c']);
    // Three visions for each.
    expect(table).toHaveLength((4 + 2 + 2 + 2) * 3);
    expect(new Set(table.map((r) => r.vision))).toEqual(new Set(['normal', 'protanopia', 'deuteranopia']));
    const row = table.find((r) => r.pair[0] === 'a' && r.selected === 'a' && r.vision === 'normal');
    expect(row?.deltaE).toBeCloseTo(
      deltaE(areaColour(palettes.light, paints.a, true), areaColour(palettes.light, paints.b)),
      6,
    );
    const both = table.find((r) => r.pair[0] === 'a' && r.selected === 'both' && r.vision === 'protanopia');
    expect(both?.deltaE).toBeCloseTo(
      deltaE(
        areaColour(palettes.light, paints.a, true),
        areaColour(palettes.light, paints.b, true),
        'protanopia',
      ),
      6,
    );
  });

  it('paints an area as the scene draws the region that shows it', () => {
    const geo = readGeo();
    const paints = areaPaints(geo, { sea: 'sea', other: 'neighbour', hatched: 'crimea', country: 'ukraine' });
    expect(paints.sea).toEqual({ under: 'sea' });
    expect(paints.other).toEqual({ under: 'neighbour' });
    expect(paints.hatched).toEqual({ under: paints.country?.under, hatch: 'hatch-annexed' });
    expect(paints.country).toEqual({ under: 'state2', hatch: null });
  });

  it('averages by the share of the tile the lines cover: one set of lines, or two crossing', () => {
    expect(hatchCoverage('hatch-annexed')).toBeCloseTo((2 * Math.SQRT2) / 7, 6);
    const one = (2 * Math.SQRT2) / 11;
    expect(hatchCoverage('hatch-separatist')).toBeCloseTo(one * (2 - one), 6);
  });
});
