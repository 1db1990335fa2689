/**
 * The map's specification, renderer-neutral: what each region is filled with, the lines,
 * the city dots, the labels and when they show. The MapLibre layers, the SVG drawing, the
 * legend and the static image are all generated from these values; none restates a number.
 */
import type { RegionFeature, RegionKind } from '../geo/schema.ts';
import type { Anchor } from './labels.ts';
import type { Palette } from './palette.ts';

export type Colour = keyof Palette;

export interface HatchSpec {
  id: HatchId;
  colour: Colour;
  /** Lines rise left to right ('/'), fall ('\\') or both ('cross'): each status its own pattern. */
  direction: 'rising' | 'falling' | 'cross';
  /** Distance between lines, in screen pixels. */
  spacing: number;
}

export type HatchId = 'hatch-annexed' | 'hatch-breakaway' | 'hatch-separatist';

/** Width of a hatch line, in screen pixels. */
export const HATCH_LINE_WIDTH = 2;

export const HATCHES: readonly HatchSpec[] = [
  { id: 'hatch-annexed', colour: 'annexedHatch', direction: 'rising', spacing: 7 },
  { id: 'hatch-breakaway', colour: 'breakawayHatch', direction: 'falling', spacing: 7 },
  { id: 'hatch-separatist', colour: 'separatistHatch', direction: 'cross', spacing: 11 },
];

/** Region kinds bottom to top: disputed areas are drawn over the countries they lie in. */
export const KIND_ORDER: readonly RegionKind[] = [
  'country',
  'subdivision',
  'region',
  'separatist-held',
  'annexed',
  'breakaway',
];

export const HATCH_OF_KIND: Readonly<Partial<Record<RegionKind, HatchId>>> = {
  annexed: 'hatch-annexed',
  breakaway: 'hatch-breakaway',
  'separatist-held': 'hatch-separatist',
};

/** A region's fill, or its hatch and the ground the hatch lies on. */
export type RegionPaint = { colour: Colour } | { hatch: HatchId; ground: Colour };

/** The fill of a country, by its id: the colour the data gives it, else the neighbours'. */
export type ColourOf = (country: string) => Colour;

/** The countries' fills as the published data gives them (`colour`): any other is a neighbour. */
export function countryColours(
  regions: readonly { properties: Pick<RegionFeature['properties'], 'id' | 'colour'> }[],
): ColourOf {
  const colours = new Map(
    regions.flatMap(({ properties: p }) => (p.colour ? [[p.id, p.colour] as const] : [])),
  );
  return (country) => colours.get(country) ?? 'neighbour';
}

type Drawing = Pick<RegionFeature['properties'], 'kind' | 'id' | 'drawnAs' | 'partOf' | 'within'>;

/**
 * What a region is filled with. A point of view (app/views/) may draw a disputed area as
 * part of a state (that state's fill) or as a state of its own (the fill of other states).
 * An area within a country (a subdivision, a region, a disputed area's ground) takes that
 * country's fill; a country its own.
 */
export function regionPaint({ kind, id, drawnAs, partOf, within }: Drawing, colourOf: ColourOf): RegionPaint {
  if (drawnAs === 'part-of' && partOf) return { colour: colourOf(partOf) };
  if (drawnAs === 'state') return { colour: 'neighbour' };
  const own = colourOf(within ?? id);
  const hatch = kind === 'subdivision' ? undefined : HATCH_OF_KIND[kind];
  return hatch ? { hatch, ground: own } : { colour: own };
}

export interface LineStyle {
  colour: Colour;
  /** Screen pixels. */
  width: number;
  /** Dash and gap lengths in line widths, as MapLibre's line-dasharray takes them. */
  dash?: readonly number[];
}

export const LINES = {
  border: { colour: 'border', width: 1 },
  /** The outline of a region that is not a state. */
  region: { colour: 'claim', width: 1.2, dash: [1, 1.5] },
  /** The outline of a disputed area. */
  claim: { colour: 'claim', width: 1.2, dash: [3, 2] },
  hover: { colour: 'hover', width: 2 },
  selected: { colour: 'selected', width: 3 },
} as const satisfies Record<string, LineStyle>;

/**
 * The outline a region gets, or none (countries are outlined by the border lines). An area a
 * point of view draws as a state, or as part of another state than its own, is bounded by a
 * border line. A subdivision drawn as its own country's has none.
 */
export function outlineOf({
  kind,
  drawnAs,
  partOf,
  within,
}: Pick<Drawing, 'kind' | 'drawnAs' | 'partOf' | 'within'>): LineStyle | null {
  if (kind === 'country') return null;
  if (kind === 'subdivision')
    return drawnAs === 'state' || (drawnAs === 'part-of' && partOf !== within) ? LINES.border : null;
  if (drawnAs === 'state' || (drawnAs === 'part-of' && kind !== 'region')) return LINES.border;
  return kind === 'region' ? LINES.region : LINES.claim;
}

/** The tint laid over highlighted regions, under the lines. */
export const SELECTED_FILL = { colour: 'selectedFill', opacity: 0.25 } as const;

export const CITY_DOT = { colour: 'city', radius: 3.5, ring: { colour: 'halo', width: 1.5 } } as const;

export type LabelKind = 'country' | 'region' | 'city' | 'sea';

export interface LabelStyle {
  /** The sides of its point a name may sit on, in order of preference (labels.ts picks one that fits). */
  anchors: readonly Anchor[];
  /** Room between the point and the text, in screen pixels. */
  gap: number;
  size: number;
  weight: number;
  italic?: boolean;
  upperCase?: boolean;
  /** Letter spacing in screen pixels. */
  spacing?: number;
  colour: Colour;
}

/**
 * The widest line a name may take, in ems of its type size (MapLibre's own default for
 * symbol text): a longer name, such as a party's official one, wraps at its spaces and
 * slashes rather than crossing the map. A name is never set on more than LABEL_LINES lines.
 */
export const LABEL_LINE_EMS = 10;
export const LABEL_LINES = 4;

/** Halo behind every label, in screen pixels. */
export const LABEL_HALO = 3;

/** How each kind of name is set, and where it may sit. */
export const LABELS: Readonly<Record<LabelKind, LabelStyle>> = {
  country: {
    anchors: ['center', 'below', 'above', 'right', 'left'],
    gap: 2,
    size: 14,
    weight: 600,
    upperCase: true,
    spacing: 1,
    colour: 'ink',
  },
  region: {
    anchors: ['center', 'above', 'below', 'right', 'left'],
    gap: 6,
    size: 13,
    weight: 700,
    colour: 'ink',
  },
  city: {
    anchors: ['right', 'left', 'above', 'below'],
    gap: CITY_DOT.radius + 2.5,
    size: 13,
    weight: 400,
    colour: 'ink',
  },
  sea: { anchors: ['center'], gap: 0, size: 13, weight: 400, italic: true, colour: 'seaInk' },
};

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/** The kind of label a region gets (regions readers cannot select are not named). */
export function labelKindOfRegion(kind: RegionKind): LabelKind {
  return kind === 'country' ? 'country' : 'region';
}
