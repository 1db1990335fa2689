/**
 * How far apart the map's areas look, computed from the specification: the colour each area
 * shows at a glance (a hatch averaged with the fill under it, the selection tint laid over),
 * and CIEDE2000 differences between areas that touch, for normal vision and simulated
 * protanopia and deuteranopia. Used by the tests and the palette report, never by the app,
 * so culori stays out of the bundle.
 */
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  formatHex,
  interpolate,
  parse,
} from 'culori';
import type { Palette } from './palette.ts';
import {
  type Colour,
  HATCH_GROUND,
  HATCH_LINE_WIDTH,
  HATCHES,
  type HatchId,
  SELECTED_FILL,
} from './style.ts';

/** The areas a reader compares on the map. */
export type Area =
  | 'sea'
  | 'neighbour'
  | 'russia'
  | 'ukraine'
  | 'georgia'
  | 'donbass'
  | 'crimea'
  | 'separatist-held'
  | 'breakaway';

/** What lies under each area and which hatch, if any, is drawn over it. */
const AREAS: Readonly<Record<Area, { under: Colour; hatch?: HatchId }>> = {
  sea: { under: 'sea' },
  neighbour: { under: 'neighbour' },
  russia: { under: 'russia' },
  ukraine: { under: 'ukraine' },
  georgia: { under: 'georgia' },
  donbass: { under: 'ukraine' },
  crimea: { under: HATCH_GROUND['hatch-annexed'], hatch: 'hatch-annexed' },
  'separatist-held': { under: HATCH_GROUND['hatch-separatist'], hatch: 'hatch-separatist' },
  breakaway: { under: HATCH_GROUND['hatch-breakaway'], hatch: 'hatch-breakaway' },
};

/**
 * Areas that share a border or a coast somewhere on the map (the separatist-held line reaches
 * the Sea of Azov). Donbass is part of Ukraine and drawn in its fill, told apart by its outline
 * and name, so that pair is only compared when one of the two is selected.
 */
export const SAME_FILL: readonly (readonly [Area, Area])[] = [['ukraine', 'donbass']];

/** Areas a reader cannot select, so never tinted. */
const UNSELECTABLE: readonly Area[] = ['sea', 'neighbour'];

export const NEIGHBOURS: readonly (readonly [Area, Area])[] = [
  ['sea', 'neighbour'],
  ['sea', 'russia'],
  ['sea', 'ukraine'],
  ['sea', 'georgia'],
  ['sea', 'donbass'],
  ['sea', 'crimea'],
  ['sea', 'separatist-held'],
  ['sea', 'breakaway'],
  ['neighbour', 'russia'],
  ['neighbour', 'ukraine'],
  ['neighbour', 'georgia'],
  ['russia', 'ukraine'],
  ['russia', 'georgia'],
  ['russia', 'donbass'],
  ['russia', 'separatist-held'],
  ['russia', 'breakaway'],
  ['russia', 'crimea'],
  ['ukraine', 'donbass'],
  ['ukraine', 'crimea'],
  ['donbass', 'separatist-held'],
  ['georgia', 'breakaway'],
];

/** Share of a hatched area the lines cover: lines `width` wide, 45°, `spacing` apart along an axis. */
export function hatchCoverage(hatch: HatchId): number {
  const spec = HATCHES.find((h) => h.id === hatch);
  if (!spec) throw new Error(`No hatch ${hatch}`);
  const one = Math.min((HATCH_LINE_WIDTH * Math.SQRT2) / spec.spacing, 1);
  return spec.direction === 'cross' ? one * (2 - one) : one;
}

const mix = (a: string, b: string, t: number): string => formatHex(interpolate([a, b], 'rgb')(t));

/** The colour an area shows at a glance, selected or not. */
export function areaColour(palette: Palette, area: Area, selected = false): string {
  const { under, hatch } = AREAS[area];
  let colour = palette[under];
  if (hatch) {
    const spec = HATCHES.find((h) => h.id === hatch);
    if (spec) colour = mix(colour, palette[spec.colour], hatchCoverage(hatch));
  }
  return selected && area !== 'sea'
    ? mix(colour, palette[SELECTED_FILL.colour], SELECTED_FILL.opacity)
    : colour;
}

export type Vision = 'normal' | 'protanopia' | 'deuteranopia';

function colour(hex: string) {
  const parsed = parse(hex);
  if (!parsed) throw new Error(`Not a colour: ${hex}`);
  return parsed;
}

/** Machado, Oliveira and Fernandes (2009) at full severity, as culori implements it. */
const SIMULATE: Record<Vision, (hex: string) => string> = {
  normal: (hex) => hex,
  protanopia: (hex) => formatHex(filterDeficiencyProt(1)(colour(hex))),
  deuteranopia: (hex) => formatHex(filterDeficiencyDeuter(1)(colour(hex))),
};

const ciede2000 = differenceCiede2000();

/** CIEDE2000 difference between two colours as a reader with this vision sees them. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
  return ciede2000(SIMULATE[vision](a), SIMULATE[vision](b));
}

export interface PairContrast {
  pair: readonly [Area, Area];
  /** Which of the two is selected: neither, one, or both. */
  selected: Area | 'both' | null;
  vision: Vision;
  deltaE: number;
}

/** Every neighbouring pair, with neither, either or both selected, for every vision. */
export function contrastTable(palette: Palette): PairContrast[] {
  const rows: PairContrast[] = [];
  for (const pair of NEIGHBOURS) {
    const sameFill = SAME_FILL.some(([a, b]) => a === pair[0] && b === pair[1]);
    // Neither, either, or both: an event highlights several regions, and selecting a country
    // tints what lies inside it (Crimea and Donbass in Ukraine, the breakaway regions in Georgia).
    const states: (Area | 'both' | null)[] = [null, pair[0], pair[1], ...(sameFill ? [] : ['both' as const])];
    for (const selected of states) {
      // The sea and the neighbouring countries are never selected.
      const fixed = pair.find((a) => UNSELECTABLE.includes(a));
      if (fixed && (selected === fixed || selected === 'both')) continue;
      if (sameFill && selected === null) continue;
      for (const vision of Object.keys(SIMULATE) as Vision[]) {
        const a = areaColour(palette, pair[0], selected === pair[0] || selected === 'both');
        const b = areaColour(palette, pair[1], selected === pair[1] || selected === 'both');
        rows.push({ pair, selected, vision, deltaE: deltaE(a, b, vision) });
      }
    }
  }
  return rows;
}
