/**
 * What each fill, hatch, line and point on the map means, built from the same specification
 * the renderers draw with, so the legend cannot drift from the map.
 */
import type { GeoData, RegionFeature } from '../geo/schema.ts';
import { drawingOf } from './scene.ts';
import {
  type Colour,
  type ColourOf,
  countryColours,
  HATCH_OF_KIND,
  HATCHES,
  type HatchId,
  LINES,
  type LineStyle,
  SELECTED_FILL,
} from './style.ts';

export type Swatch =
  | { kind: 'fill'; colour: Colour; opacity?: number; under?: Colour; outline?: LineStyle }
  /** A hatch over the fill it lies on in the map. */
  | { kind: 'hatch'; hatch: HatchId; under: Colour; outline: LineStyle }
  | { kind: 'line'; line: LineStyle }
  | { kind: 'point' };

export interface LegendEntry {
  id: string;
  label: string;
  swatch: Swatch;
  /** The entry's words in the compact key pinned with the map, for the statuses the names on the map do not say. */
  short?: string;
}

type Region = RegionFeature['properties'];

/** A hatch as the map draws it for these regions: on the ground of the first. */
function hatchOf(hatch: HatchId, drawn: readonly Region[], colourOf: ColourOf): Swatch {
  const first = drawn[0];
  const under = first ? drawingOf(first, colourOf).fill : 'neighbour';
  return { kind: 'hatch', hatch, under, outline: LINES.claim };
}

/** What the "Selected region" swatch's tint lies on: the first coloured country, as on the map. */
function selectionGround(geo: GeoData): Colour {
  return (
    geo.regions.features.find((f) => f.properties.kind === 'country' && f.properties.colour)?.properties
      .colour ?? 'neighbour'
  );
}

/** The rows every legend ends with: what the lines, the dots, the other countries and the selection mean. */
function furnitureRows(under: Colour, disputed: boolean): LegendEntry[] {
  return [
    { id: 'neighbour', label: 'Other countries', swatch: { kind: 'fill', colour: 'neighbour' } },
    { id: 'border', label: 'International border', swatch: { kind: 'line', line: LINES.border } },
    ...(disputed
      ? [
          {
            id: 'claim',
            label: 'Line of a disputed area',
            swatch: { kind: 'line', line: LINES.claim },
          } as const,
        ]
      : []),
    { id: 'city', label: 'City', swatch: { kind: 'point' } },
    {
      id: 'selected',
      label: 'Selected region',
      swatch: {
        kind: 'fill',
        colour: SELECTED_FILL.colour,
        opacity: SELECTED_FILL.opacity,
        under,
        outline: LINES.selected,
      },
    },
  ];
}

/**
 * The hatches drawn, each with the regions of its kind: in the specification's order, or in
 * the order the data first draws them.
 */
function byHatch(regions: readonly Region[], order: 'specification' | 'data'): [HatchId, Region[]][] {
  const hatches =
    order === 'specification'
      ? HATCHES.map((h) => h.id)
      : [...new Set(regions.flatMap((p) => HATCH_OF_KIND[p.kind] ?? []))];
  return hatches
    .map((hatch): [HatchId, Region[]] => [hatch, regions.filter((p) => HATCH_OF_KIND[p.kind] === hatch)])
    .filter(([, drawn]) => drawn.length > 0);
}

/**
 * The explainer's own legend, from the published data: each country the story is about and
 * each region in the words the data gives (`legend`), in its fill and outline as the scene
 * draws it; each disputed status once, in its kind's words (`legend`, `key` for the compact
 * key), over its hatch; then the lines, dots, other countries and selection.
 */
export function ownLegend(geo: GeoData): readonly LegendEntry[] {
  const colourOf = countryColours(geo.regions.features);
  const regions = geo.regions.features.map((f) => f.properties);
  const rows: LegendEntry[] = [];
  for (const p of regions) {
    if (!p.legend || HATCH_OF_KIND[p.kind]) continue;
    const { fill, outline } = drawingOf(p, colourOf);
    const line = outline ? LINES[outline] : undefined;
    rows.push({
      id: p.id,
      label: p.legend,
      swatch: { kind: 'fill', colour: fill, ...(line ? { outline: line } : {}) },
    });
  }
  for (const [hatch, drawn] of byHatch(regions, 'specification')) {
    const words = drawn.find((p) => p.legend);
    if (!words?.legend) continue;
    rows.push({
      id: words.kind,
      label: words.legend,
      ...(words.key ? { short: words.key } : {}),
      swatch: hatchOf(hatch, drawn, colourOf),
    });
  }
  return [...rows, ...furnitureRows(selectionGround(geo), byHatch(regions, 'specification').length > 0)];
}

/** A list as a sentence says it: "A", "A and B", "A, B and C". */
export function listed(list: readonly string[]): string {
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** A status's words up to its first qualification: "Part of X; its independence not recognised" → "Part of X". */
const firstClause = (term: string) => term.split(/[;,]/)[0]?.trim() || term;

/**
 * The compact key: the entries whose meaning the map's names do not carry (the hatches of the
 * disputed statuses, the fill of a state a view recognises), in their short words. Pinned with
 * the map where the map is pinned; the whole legend opens from it.
 */
export function compactKey(entries: readonly LegendEntry[]): readonly KeyEntry[] {
  const key: KeyEntry[] = [];
  for (const { id, short, swatch } of entries) {
    if (!short) continue;
    // Two statuses a view words alike (one party's "temporarily occupied territory", for an
    // annexed area and a separatist-held one) are one entry with both hatches, not the same
    // words twice.
    const alike = key.find((entry) => entry.short === short);
    if (alike) {
      alike.ids.push(id);
      alike.swatches.push(swatch);
    } else key.push({ ids: [id], short, swatches: [swatch] });
  }
  return key;
}

/** One entry of the compact key: the words, and the legend rows (and their swatches) they stand for. */
export interface KeyEntry {
  ids: string[];
  short: string;
  swatches: LegendEntry['swatch'][];
}

/**
 * The legend for the map as a point of view draws it: the same rows as the explainer's, with
 * each country's line saying what the view counts in it, and each disputed status in the
 * view's own words. The explainer's own view has its own legend (`ownLegend`).
 */
export function legendFor(geo: GeoData | null, ownView: boolean): readonly LegendEntry[] {
  if (!geo) return [];
  if (ownView) return ownLegend(geo);
  const colourOf = countryColours(geo.regions.features);
  const regions = geo.regions.features.map((f) => f.properties).filter((p) => p.kind !== 'country');
  const countries = geo.regions.features.filter(
    (f) => f.properties.kind === 'country' && f.properties.colour,
  );
  const rows: LegendEntry[] = [];
  for (const { id, properties } of countries) {
    // What the view adds to a country (not its own regions and subdivisions).
    const parts = regions.filter(
      (p) =>
        p.drawnAs === 'part-of' &&
        p.partOf === id &&
        p.kind !== 'region' &&
        !(p.kind === 'subdivision' && p.within === id),
    );
    const label = parts.length
      ? `${properties.name}, with ${listed(parts.map((p) => p.name))}`
      : properties.name;
    rows.push({ id, label, swatch: { kind: 'fill', colour: colourOf(id) } });
  }
  const states = regions.filter((p) => p.drawnAs === 'state');
  if (states.length)
    rows.push({
      id: 'state',
      label: `${states[0]?.term ?? 'State'}: ${listed(states.map((p) => p.name))}`,
      short: firstClause(states[0]?.term ?? 'State'),
      swatch: { kind: 'fill', colour: 'neighbour', outline: LINES.border },
    });
  for (const [hatch, all] of byHatch(regions, 'data')) {
    const drawn = all.filter((p) => (p.drawnAs ?? 'disputed') === 'disputed');
    if (!drawn.length) continue;
    const terms = [...new Set(drawn.map((p) => p.term ?? p.status))];
    rows.push({
      id: hatch,
      label: `${terms.join('; ')}: ${listed(drawn.map((p) => p.name))}`,
      short: firstClause(terms[0] ?? hatch),
      swatch: hatchOf(hatch, drawn, colourOf),
    });
  }
  const anyDisputed = regions.some((p) => (p.drawnAs ?? 'disputed') === 'disputed' && HATCH_OF_KIND[p.kind]);
  return [...rows, ...furnitureRows(selectionGround(geo), anyDisputed)];
}
