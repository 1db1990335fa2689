/**
 * What each fill, hatch, line and point on the map means, built from the same specification
 * the renderers draw with, so the legend cannot drift from the map.
 */
import type { GeoData } from '../geo/schema.ts';
import {
  COLOURED_COUNTRIES,
  type Colour,
  countryColour,
  HATCH_GROUND,
  HATCH_OF_KIND,
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

const fillOf = (id: string): Swatch => ({ kind: 'fill', colour: countryColour(id) });
const hatchOf = (hatch: HatchId): Swatch => ({
  kind: 'hatch',
  hatch,
  under: HATCH_GROUND[hatch],
  outline: LINES.claim,
});

export const legend: readonly LegendEntry[] = [
  { id: 'russia', label: 'Russia (drawn without Crimea)', swatch: fillOf('russia') },
  { id: 'ukraine', label: 'Ukraine, recognised border', swatch: fillOf('ukraine') },
  { id: 'georgia', label: 'Georgia, recognised border', swatch: fillOf('georgia') },
  {
    id: 'donbass',
    label: 'Donbass (Donetsk and Luhansk oblasts)',
    swatch: { kind: 'fill', colour: 'ukraine', outline: LINES.region },
  },
  {
    id: 'annexed',
    label: 'Annexed by Russia, recognised as part of Ukraine (Crimea)',
    short: 'Annexed by Russia',
    swatch: hatchOf('hatch-annexed'),
  },
  {
    id: 'breakaway',
    label: 'Breakaway region of Georgia (South Ossetia, Abkhazia)',
    short: 'Breakaway',
    swatch: hatchOf('hatch-breakaway'),
  },
  {
    id: 'separatist-held',
    label: 'Held by Russian-backed separatists since 2014',
    short: 'Separatist-held',
    swatch: hatchOf('hatch-separatist'),
  },
  { id: 'neighbour', label: 'Other countries', swatch: { kind: 'fill', colour: 'neighbour' } },
  { id: 'border', label: 'International border', swatch: { kind: 'line', line: LINES.border } },
  { id: 'claim', label: 'Line of a disputed area', swatch: { kind: 'line', line: LINES.claim } },
  { id: 'city', label: 'City', swatch: { kind: 'point' } },
  {
    id: 'selected',
    label: 'Selected region',
    swatch: {
      kind: 'fill',
      colour: SELECTED_FILL.colour,
      opacity: SELECTED_FILL.opacity,
      under: 'ukraine',
      outline: LINES.selected,
    },
  },
];

/** A name list for a legend line: "A", "A and B", "A, B and C". */
function names(list: readonly string[]): string {
  return list.length < 2 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** A status's words up to its first qualification: "Part of Georgia; its independence not recognised" → "Part of Georgia". */
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
    // Two statuses a view words alike (Ukraine's "temporarily occupied territory", for Crimea
    // and for Donbass) are one entry with both hatches, not the same words twice.
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
 * view's own words. The explainer's own view keeps its fixed legend.
 */
export function legendFor(geo: GeoData | null, ownView: boolean): readonly LegendEntry[] {
  if (ownView || !geo) return legend;
  const regions = geo.regions.features.map((f) => f.properties).filter((p) => p.kind !== 'country');
  const countries = geo.regions.features.filter((f) => f.properties.kind === 'country');
  const rows: LegendEntry[] = [];
  for (const [id] of COLOURED_COUNTRIES) {
    const country = countries.find((f) => f.id === id)?.properties.name ?? id;
    // What the view adds to a country (not its own regions and oblasts).
    const parts = regions.filter(
      (p) => p.drawnAs === 'part-of' && p.partOf === id && p.kind !== 'region' && p.within !== id,
    );
    const label = parts.length ? `${country}, with ${names(parts.map((p) => p.name))}` : country;
    rows.push({ id, label, swatch: fillOf(id) });
  }
  const states = regions.filter((p) => p.drawnAs === 'state');
  if (states.length)
    rows.push({
      id: 'state',
      label: `${states[0]?.term ?? 'State'}: ${names(states.map((p) => p.name))}`,
      short: firstClause(states[0]?.term ?? 'State'),
      swatch: { kind: 'fill', colour: 'neighbour', outline: LINES.border },
    });
  for (const hatch of [...new Set(regions.flatMap((p) => HATCH_OF_KIND[p.kind] ?? []))]) {
    const drawn = regions.filter(
      (p) => HATCH_OF_KIND[p.kind] === hatch && (p.drawnAs ?? 'disputed') === 'disputed',
    );
    if (!drawn.length) continue;
    const terms = [...new Set(drawn.map((p) => p.term ?? p.status))];
    rows.push({
      id: hatch,
      label: `${terms.join('; ')}: ${names(drawn.map((p) => p.name))}`,
      short: firstClause(terms[0] ?? hatch),
      swatch: hatchOf(hatch),
    });
  }
  const kept = legend.filter((e) => ['neighbour', 'border', 'claim', 'city', 'selected'].includes(e.id));
  const anyDisputed = regions.some((p) => (p.drawnAs ?? 'disputed') === 'disputed' && HATCH_OF_KIND[p.kind]);
  return [...rows, ...kept.filter((e) => e.id !== 'claim' || anyDisputed)];
}
