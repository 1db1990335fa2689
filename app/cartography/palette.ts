/**
 * The map's colours, one set per theme, for every renderer (MapLibre, the SVG drawing, the
 * static image) and the legend. Tints of the Okabe–Ito colour-blind-safe palette; meaning is
 * never carried by colour alone: every disputed status has its own hatch and line style.
 */
export type Theme = 'light' | 'dark';

export interface Palette {
  sea: string;
  neighbour: string;
  russia: string;
  ukraine: string;
  georgia: string;
  donbass: string;
  border: string;
  claim: string;
  annexedHatch: string;
  breakawayHatch: string;
  separatistHatch: string;
  hover: string;
  selected: string;
  selectedFill: string;
  city: string;
  /** The ring around a city dot and the halo behind every label. */
  halo: string;
  ink: string;
  seaInk: string;
}

export const palettes: Record<Theme, Palette> = {
  light: {
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
    halo: '#ffffff',
    ink: '#1a1a1a',
    seaInk: '#1d4f6e',
  },
  dark: {
    sea: '#16263a',
    neighbour: '#2b2d31',
    russia: '#4a3d27',
    ukraine: '#34495c',
    georgia: '#2f4a3d',
    donbass: '#3f4468',
    border: '#9aa0a6',
    claim: '#d8d8d8',
    annexedHatch: '#f0a35e',
    breakawayHatch: '#d99cc4',
    separatistHatch: '#ff8a5c',
    hover: '#f2f2f2',
    selected: '#ffffff',
    selectedFill: '#56b4e9',
    city: '#f2f2f2',
    halo: '#121417',
    ink: '#ececec',
    seaInk: '#9fc6e4',
  },
};
