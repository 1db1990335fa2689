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
import type { GeoData } from '../geo/schema.ts';
import type { Palette } from './palette.ts';
import { drawingOf } from './scene.ts';
import {
  type Colour,
  countryColours,
  HATCH_LINE_WIDTH,
  HATCHES,
  type HatchId,
  SELECTED_FILL,
} from './style.ts';

/** An area a reader compares on the map, by name (the data names which region shows each). */
export type Area = string;

/** What lies under an area and which hatch, if any, is drawn over it. */
export interface AreaPaint {
  under: Colour;
  hatch?: HatchId | null;
}

/** Areas a reader cannot select, so never tinted. */
export const UNSELECTABLE: readonly Area[] = ['sea', 'neighbour'];

/**
 * How the map paints each area, by the scene's drawing of the region that shows it
 * (`regionOf`: area → region id; `sea` and `neighbour` are the sea and the other countries).
 */
export function areaPaints(geo: GeoData, regionOf: Readonly<Record<Area, string>>): Record<Area, AreaPaint> {
  const colourOf = countryColours(geo.regions.features);
  return Object.fromEntries(
    Object.entries(regionOf).map(([area, id]) => {
      if (id === 'sea' || id === 'neighbour') return [area, { under: id }];
      const region = geo.regions.features.find((f) => f.id === id);
      if (!region) throw new Error(`contrast: no region ${id} for the area ${area}`);
      const { fill, hatch } = drawingOf(region.properties, colourOf);
      return [area, { under: fill, hatch }];
    }),
  );
}

/** Share of a hatched area the lines cover: lines `width` wide, 45°, `spacing` apart along an axis. */
export function hatchCoverage(hatch: HatchId): number {
  const spec = HATCHES.find((h) => h.id === hatch);
  if (!spec) throw new Error(`No hatch ${hatch}`);
  const one = Math.min((HATCH_LINE_WIDTH * Math.SQRT2) / spec.spacing, 1);
  return spec.direction === 'cross' ? one * (2 - one) : one;
}

const mix = (a: string, b: string, t: number): string => formatHex(interpolate([a, b], 'rgb')(t));

/** The colour an area shows at a glance, selected or not (the sea never is). */
export function areaColour(palette: Palette, { under, hatch }: AreaPaint, selected = false): string {
  let colour = palette[under];
  if (hatch) {
    const spec = HATCHES.find((h) => h.id === hatch);
    if (spec) colour = mix(colour, palette[spec.colour], hatchCoverage(hatch));
  }
  return selected && under !== 'sea'
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
export function contrastTable(
  palette: Palette,
  paints: Readonly<Record<Area, AreaPaint>>,
  neighbours: readonly (readonly [Area, Area])[],
  sameFills: readonly (readonly [Area, Area])[] = [],
): PairContrast[] {
  const rows: PairContrast[] = [];
  const paint = (area: Area) => {
    const found = paints[area];
    if (!found) throw new Error(`contrast: no area ${area}`);
    return found;
  };
  for (const pair of neighbours) {
    const sameFill = sameFills.some(([a, b]) => a === pair[0] && b === pair[1]);
    // Neither, either, or both: an event highlights several regions, and selecting a country
    // tints what lies inside it.
    const states: (Area | 'both' | null)[] = [null, pair[0], pair[1], ...(sameFill ? [] : ['both' as const])];
    for (const selected of states) {
      // The sea and the neighbouring countries are never selected.
      const fixed = pair.find((a) => UNSELECTABLE.includes(a));
      if (fixed && (selected === fixed || selected === 'both')) continue;
      if (sameFill && selected === null) continue;
      for (const vision of Object.keys(SIMULATE) as Vision[]) {
        const a = areaColour(palette, paint(pair[0]), selected === pair[0] || selected === 'both');
        const b = areaColour(palette, paint(pair[1]), selected === pair[1] || selected === 'both');
        rows.push({ pair, selected, vision, deltaE: deltaE(a, b, vision) });
      }
    }
  }
  return rows;
}
