/**
 * The map's colours, one set per theme, for every renderer (MapLibre, the SVG drawing, the
 * static image) and the legend. Chosen (docs/design.md, "Palette") so that every two areas
 * that touch, land and sea, selected or not, are at least CIEDE2000 10 apart for normal vision
 * and simulated protanopia and deuteranopia (contrast.test.ts computes it); meaning is never
 * carried by colour alone: every disputed status has its own hatch pattern and outline.
 */
export type Theme = 'light' | 'dark';

export interface Palette {
  sea: string;
  neighbour: string;
  /** The countries a story is about, each its own fill (geo/config.ts gives each its key). */
  state1: string;
  state2: string;
  state3: string;
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
    sea: '#539cbf',
    neighbour: '#fafaff',
    state1: '#fde5d4',
    state2: '#e5d091',
    state3: '#9fc487',
    border: '#6b6b6b',
    claim: '#3b3b3b',
    annexedHatch: '#863426',
    breakawayHatch: '#470047',
    separatistHatch: '#914632',
    hover: '#1a1a1a',
    selected: '#000000',
    selectedFill: '#066ecb',
    city: '#222222',
    halo: '#ffffff',
    ink: '#1a1a1a',
    seaInk: '#0b3954',
  },
  dark: {
    sea: '#002034',
    neighbour: '#254444',
    state1: '#5d4538',
    state2: '#6f5a2f',
    state3: '#617760',
    border: '#9aa0a6',
    claim: '#d8d8d8',
    annexedHatch: '#ffbfa1',
    breakawayHatch: '#fbb9ff',
    separatistHatch: '#ffa855',
    hover: '#f2f2f2',
    selected: '#ffffff',
    selectedFill: '#54acd5',
    city: '#f2f2f2',
    halo: '#121417',
    ink: '#ececec',
    seaInk: '#9fc6e4',
  },
};

const names = Object.keys(palettes.light) as (keyof Palette)[];

/** The CSS custom property that carries a colour of the palette in the page. */
export const paletteProperty = (name: keyof Palette) =>
  `--map-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The palette as references to the page's custom properties: what the live SVG drawing and
 * the legend paint with, so the same markup (built into the page, then hydrated) is light or
 * dark by the page's colour scheme alone.
 */
export const cssPalette: Palette = Object.fromEntries(
  names.map((name) => [name, `var(${paletteProperty(name)})`]),
) as unknown as Palette;

/**
 * The stylesheet that defines those properties, both themes in one `light-dark()` each (the
 * page's `color-scheme` picks): generated at build time from `palettes` (vite.config.ts).
 */
export function paletteStylesheet(): string {
  const lines = names.map(
    (name) => `  ${paletteProperty(name)}: light-dark(${palettes.light[name]}, ${palettes.dark[name]});`,
  );
  return `:root {\n${lines.join('\n')}\n}\n`;
}
