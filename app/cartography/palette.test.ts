import { describe, expect, it } from 'vitest';
import { cssPalette, paletteStylesheet, palettes } from './palette.ts';

describe('the palette as CSS custom properties', () => {
  /** The stylesheet's declarations: property → [light, dark]. */
  const declared = new Map(
    [...paletteStylesheet().matchAll(/(--[\w-]+):\s*light-dark\(\s*([^,\s]+)\s*,\s*([^)\s]+)\s*\)/g)].map(
      (m) => [m[1] ?? '', [m[2], m[3]]],
    ),
  );

  it('gives every colour of the palette one property, whose light and dark values are the palettes’', () => {
    const names = Object.keys(palettes.light) as (keyof typeof palettes.light)[];
    expect(declared.size).toBe(names.length);
    for (const name of names) {
      // What the renderers paint with in the page: a reference to a property the stylesheet declares.
      const property = /^var\((--[\w-]+)\)$/.exec(cssPalette[name])?.[1] ?? '';
      expect(declared.get(property), name).toEqual([palettes.light[name], palettes.dark[name]]);
    }
  });

  it('names each property after its colour, readable in the stylesheet', () => {
    expect(cssPalette.separatistHatch).toBe('var(--map-separatist-hatch)');
  });
});
