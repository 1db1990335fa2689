/**
 * The map's specification, renderer-neutral: what each region is filled with, the lines,
 * the city dots, the labels and when they show. The MapLibre layers, the SVG drawing, the
 * legend and the static image are all generated from these values; none restates a number.
 */
import type { RegionFeature, RegionKind } from '../geo/schema.ts';
import type { Palette } from './palette.ts';

export type Colour = keyof Palette;

export interface HatchSpec {
  id: HatchId;
  colour: Colour;
  /** Lines rise left to right ('/') or fall (`\`); two specs never share both colour and direction. */
  direction: 'rising' | 'falling';
  /** Distance between lines, in screen pixels. */
  spacing: number;
}

export type HatchId = 'hatch-annexed' | 'hatch-breakaway' | 'hatch-separatist';

/** Width of a hatch line, in screen pixels. */
export const HATCH_LINE_WIDTH = 1.25;

export const HATCHES: readonly HatchSpec[] = [
  { id: 'hatch-annexed', colour: 'annexedHatch', direction: 'rising', spacing: 8 },
  { id: 'hatch-breakaway', colour: 'breakawayHatch', direction: 'falling', spacing: 6 },
  { id: 'hatch-separatist', colour: 'separatistHatch', direction: 'falling', spacing: 8 },
];

/** Region kinds bottom to top: disputed areas are drawn over the countries they lie in. */
export const KIND_ORDER: readonly RegionKind[] = [
  'country',
  'region',
  'separatist-held',
  'annexed',
  'breakaway',
];

const COUNTRY_COLOUR: Readonly<Record<string, Colour>> = {
  russia: 'russia',
  ukraine: 'ukraine',
  georgia: 'georgia',
};

export const HATCH_OF_KIND: Readonly<Partial<Record<RegionKind, HatchId>>> = {
  annexed: 'hatch-annexed',
  breakaway: 'hatch-breakaway',
  'separatist-held': 'hatch-separatist',
};

type RegionPaint = { colour: Colour } | { hatch: HatchId };

/** A country's fill: its own colour if it has one, else the neighbours'. */
export function countryColour(id: string): Colour {
  return COUNTRY_COLOUR[id] ?? 'neighbour';
}

/** What a region is filled with. */
export function regionPaint({ kind, id }: Pick<RegionFeature['properties'], 'kind' | 'id'>): RegionPaint {
  const hatch = HATCH_OF_KIND[kind];
  if (hatch) return { hatch };
  if (kind === 'region') return { colour: 'donbass' };
  return { colour: countryColour(id) };
}

/** The countries with a colour of their own (any other is a neighbour). */
export const COLOURED_COUNTRIES = Object.entries(COUNTRY_COLOUR);

export interface LineStyle {
  colour: Colour;
  /** Screen pixels. */
  width: number;
  /** Dash and gap lengths in line widths, as MapLibre's line-dasharray takes them. */
  dash?: readonly number[];
}

export const LINES = {
  border: { colour: 'border', width: 1 },
  /** The outline of a region that is not a state (Donbass). */
  region: { colour: 'claim', width: 1.2, dash: [1, 1.5] },
  /** The outline of a disputed area. */
  claim: { colour: 'claim', width: 1.2, dash: [3, 2] },
  hover: { colour: 'hover', width: 2 },
  selected: { colour: 'selected', width: 3 },
} as const satisfies Record<string, LineStyle>;

/** The outline a region kind gets, or none (countries are outlined by the border lines). */
export function outlineOf(kind: RegionKind): LineStyle | null {
  if (kind === 'country') return null;
  return kind === 'region' ? LINES.region : LINES.claim;
}

/** The tint laid over highlighted regions, under the lines. */
export const SELECTED_FILL = { colour: 'selectedFill', opacity: 0.18 } as const;

export const CITY_DOT = { colour: 'city', radius: 3.5, ring: { colour: 'halo', width: 1.5 } } as const;

/** The zoom (MapLibre levels, 512 px world) from which every city is named. */
export const DETAIL_ZOOM = 5;

/** Cities named at every zoom; the others only from DETAIL_ZOOM, to keep the overview legible. */
const MAJOR_CITIES: ReadonlySet<string> = new Set(['moscow', 'kyiv', 'tbilisi']);

export type LabelKind = 'country' | 'region' | 'city' | 'sea';

export interface LabelStyle {
  /** Where the text sits relative to its point. */
  anchor: 'top' | 'bottom' | 'left' | 'center';
  /** Extra shift in screen pixels, [right, down]. */
  offset: readonly [number, number];
  size: number;
  weight: number;
  italic?: boolean;
  upperCase?: boolean;
  /** Letter spacing in screen pixels. */
  spacing?: number;
  colour: Colour;
}

/** Halo behind every label, in screen pixels. */
export const LABEL_HALO = 3;

/**
 * How each kind of name is set. Countries sit under their label point and regions above
 * theirs, so Georgia and South Ossetia, whose points are close, do not print over each other.
 */
export const LABELS: Readonly<Record<LabelKind, LabelStyle>> = {
  country: {
    anchor: 'top',
    offset: [0, 2],
    size: 14,
    weight: 600,
    upperCase: true,
    spacing: 1,
    colour: 'ink',
  },
  region: { anchor: 'bottom', offset: [0, -2], size: 13, weight: 700, colour: 'ink' },
  city: { anchor: 'left', offset: [6, 0], size: 13, weight: 400, colour: 'ink' },
  sea: { anchor: 'center', offset: [0, 0], size: 13, weight: 400, italic: true, colour: 'seaInk' },
};

export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

/** The kind of label a region gets (regions readers cannot select are not named). */
export function labelKindOfRegion(kind: RegionKind): LabelKind {
  return kind === 'country' ? 'country' : 'region';
}

/** Whether a place's name shows at this zoom. */
export function placeLabelShows(place: { id: string; kind: string }, zoom: number): boolean {
  return place.kind === 'sea' || zoom >= DETAIL_ZOOM || MAJOR_CITIES.has(place.id);
}
