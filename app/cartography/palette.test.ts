import { describe, expect, it } from 'vitest';
import { cssPalette, paletteProperty, paletteStylesheet, palettes } from './palette.ts';

describe('the palette as CSS custom properties', () => {
  it('defines one property per colour, light and dark from the one palette', () => {
    const css = paletteStylesheet();
    for (const name of Object.keys(palettes.light) as (keyof typeof palettes.light)[]) {
      expect(css).toContain(
        `${paletteProperty(name)}: light-dark(${palettes.light[name]}, ${palettes.dark[name]});`,
      );
      expect(cssPalette[name]).toBe(`var(${paletteProperty(name)})`);
    }
    expect(paletteProperty('separatistHatch')).toBe('--map-separatist-hatch');
  });
});
