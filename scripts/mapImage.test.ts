import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGE, mapSvg, PUBLIC_DIR, readGeo } from './mapImage.tsx';

describe('the static map image', () => {
  const committed = fs.readFileSync(path.join(PUBLIC_DIR, 'map.svg'), 'utf8');

  it('is what the live SVG map draws from the published layers (run `npm run image` after `npm run geo`)', () => {
    expect(mapSvg(readGeo()) === committed).toBe(true);
  });

  it('draws every region, hatched where disputed, with its label', () => {
    for (const id of ['georgia', 'south-ossetia', 'crimea', 'donbass', 'russia', 'ukraine', 'abkhazia']) {
      expect(committed).toContain(`data-region-id="${id}"`);
    }
    expect(committed).toContain('url(#svg-hatch-annexed)');
    expect(committed).toMatch(/>South Ossetia<\/text>/);
  });

  it('has a PNG of the promised size for social previews', () => {
    const png = fs.readFileSync(path.join(PUBLIC_DIR, 'map.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([IMAGE.width, IMAGE.height]);
  });
});
