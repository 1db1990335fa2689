import { palettes } from '../app/cartography/palette.ts';
import { countryColours } from '../app/cartography/style.ts';
import { readGeo } from '../geo/published.ts';
import { expect, openMapWithHandle, test } from './fixtures.ts';

/** Reads the canvas's pixels inside a render frame, while the drawing buffer still holds them. */
async function sampleCanvas(page: import('@playwright/test').Page, points: [number, number][]) {
  return page.evaluate(
    (lngLats) =>
      new Promise<{ distinct: number; at: string[] }>((resolve) => {
        const map = window.__explainer?.map;
        if (!map) throw new Error('no map');
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
          const { width, height } = canvas;
          const pixels = new Uint8Array(width * height * 4);
          gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          const colours = new Set<number>();
          for (let i = 0; i < pixels.length; i += 4 * 7) {
            colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
          }
          const ratio = width / canvas.clientWidth;
          const at = lngLats.map(([lng, lat]) => {
            const p = map.project([lng, lat]);
            const x = Math.round(p.x * ratio);
            const y = height - 1 - Math.round(p.y * ratio);
            const i = (y * width + x) * 4;
            return `#${[pixels[i], pixels[i + 1], pixels[i + 2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
          });
          resolve({ distinct: colours.size, at });
        });
        map.triggerRepaint();
      }),
    points,
  );
}

test('the map loads its layers from the app origin and draws them', async ({ page }) => {
  await openMapWithHandle(page);
  const sample = await sampleCanvas(page, [
    [31.5, 43.0], // Black Sea, far from any coast
    [42.0, 53.0], // Russia, south-east of Moscow
    [31.0, 49.5], // central Ukraine
  ]);
  expect(sample.distinct).toBeGreaterThan(5);
  // Each country in the colour the published data gives it.
  const colourOf = countryColours(readGeo().regions.features);
  const { light } = palettes;
  expect(sample.at).toEqual([light.sea, light[colourOf('russia')], light[colourOf('ukraine')]]);
});

test('every region the article is about is on the map and in the list', async ({ page }) => {
  await openMapWithHandle(page);
  const rendered = await page.evaluate(() => {
    const map = window.__explainer?.map;
    const features = map?.querySourceFeatures('regions') ?? [];
    return [...new Set(features.map((f) => String(f.properties.id)))].sort();
  });
  for (const id of ['crimea', 'donbass', 'georgia', 'russia', 'south-ossetia', 'ukraine', 'abkhazia']) {
    expect(rendered).toContain(id);
  }
  await expect(page.locator('.region-list button[data-region-id]')).toHaveText([
    'Russia',
    'Ukraine',
    'Georgia',
    'Donbass',
    'Crimea',
    'Abkhazia',
    'South Ossetia',
  ]);
});
