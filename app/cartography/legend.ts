/**
 * What each fill, hatch, line and point on the map means, built from the same specification
 * the renderers draw with, so the legend cannot drift from the map.
 */
import {
  type Colour,
  countryColour,
  HATCH_GROUND,
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
    swatch: hatchOf('hatch-annexed'),
  },
  {
    id: 'breakaway',
    label: 'Breakaway region of Georgia (South Ossetia, Abkhazia)',
    swatch: hatchOf('hatch-breakaway'),
  },
  {
    id: 'separatist-held',
    label: 'Held by Russian-backed separatists since 2014',
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
