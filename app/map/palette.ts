/**
 * Colours for the map, shared by the MapLibre style, the SVG drawing and the legend.
 * Tints of the Okabe–Ito colour-blind-safe palette; meaning is never carried by colour alone
 * (every disputed state also has its own hatch and line style).
 */
export const palette = {
  sea: '#b9d1e0',
  neighbour: '#f2f0eb',
  russia: '#f4e4c6',
  ukraine: '#e4eef6',
  georgia: '#d7eee3',
  donbass: '#d3d6f0',
  border: '#6b6b6b',
  claim: '#3b3b3b',
  annexedHatch: '#b35300',
  breakawayHatch: '#8a3f73',
  separatistHatch: '#a83a00',
  hover: '#1a1a1a',
  selected: '#000000',
  selectedFill: '#0072b2',
  city: '#222222',
} as const;

export interface HatchSpec {
  id: string;
  color: string;
  /** Lines rise left to right ('/') or fall (`\`); two specs never share both colour and direction. */
  direction: 'rising' | 'falling';
  spacing: number;
}

export const hatches: HatchSpec[] = [
  { id: 'hatch-annexed', color: palette.annexedHatch, direction: 'rising', spacing: 8 },
  { id: 'hatch-breakaway', color: palette.breakawayHatch, direction: 'falling', spacing: 6 },
  { id: 'hatch-separatist', color: palette.separatistHatch, direction: 'falling', spacing: 8 },
];
