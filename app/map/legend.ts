/**
 * What each fill, hatch, line and point on the map means, from the same palette and line
 * styles the layers use, so the legend cannot drift from the drawing.
 */
import { hatches, palette } from './palette.ts';

export type Swatch =
  | { kind: 'fill'; color: string; outline?: { color: string; dash?: number[] } }
  | { kind: 'hatch'; hatch: string; outline: { color: string; dash: number[] } }
  | { kind: 'line'; color: string; width: number; dash?: number[] }
  | { kind: 'point'; color: string };

export interface LegendEntry {
  id: string;
  label: string;
  swatch: Swatch;
}

const hatchColor = (id: string) => hatches.find((h) => h.id === id)?.color ?? palette.claim;

/** Line dash patterns in line widths, as MapLibre's line-dasharray takes them. */
export const DASH = { claim: [3, 2], region: [1, 1.5] };

export const legend: LegendEntry[] = [
  { id: 'russia', label: 'Russia (drawn without Crimea)', swatch: { kind: 'fill', color: palette.russia } },
  { id: 'ukraine', label: 'Ukraine, recognised border', swatch: { kind: 'fill', color: palette.ukraine } },
  { id: 'georgia', label: 'Georgia, recognised border', swatch: { kind: 'fill', color: palette.georgia } },
  {
    id: 'donbass',
    label: 'Donbass (Donetsk and Luhansk oblasts)',
    swatch: { kind: 'fill', color: palette.donbass, outline: { color: palette.claim, dash: DASH.region } },
  },
  {
    id: 'annexed',
    label: 'Annexed by Russia, recognised as Ukraine (Crimea)',
    swatch: { kind: 'hatch', hatch: 'hatch-annexed', outline: { color: palette.claim, dash: DASH.claim } },
  },
  {
    id: 'breakaway',
    label: 'Breakaway region of Georgia (South Ossetia, Abkhazia)',
    swatch: { kind: 'hatch', hatch: 'hatch-breakaway', outline: { color: palette.claim, dash: DASH.claim } },
  },
  {
    id: 'separatist-held',
    label: 'Held by Russian-backed separatists',
    swatch: { kind: 'hatch', hatch: 'hatch-separatist', outline: { color: palette.claim, dash: DASH.claim } },
  },
  { id: 'neighbour', label: 'Other countries', swatch: { kind: 'fill', color: palette.neighbour } },
  { id: 'border', label: 'International border', swatch: { kind: 'line', color: palette.border, width: 1 } },
  {
    id: 'claim',
    label: 'Line of a disputed area',
    swatch: { kind: 'line', color: palette.claim, width: 1.2, dash: DASH.claim },
  },
  { id: 'city', label: 'City', swatch: { kind: 'point', color: palette.city } },
  {
    id: 'selected',
    label: 'Selected region',
    swatch: { kind: 'fill', color: palette.selectedFill, outline: { color: palette.selected } },
  },
];

export function hatchOf(id: string) {
  return { color: hatchColor(id), spec: hatches.find((h) => h.id === id) };
}
