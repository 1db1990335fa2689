/**
 * The map in both themes and at phone and desktop widths, on the reader's path: the first
 * view (SVG) and a selected region on the interactive map. Each state is written to
 * test-results/screenshots/ for people to look at, and each must show the theme's own map:
 * the sea is the palette's sea colour on screen (a dark page never keeps a light map).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { palettes, type Theme } from '../app/cartography/palette.ts';
import { expect, openMap, openPage, screenPoint, test } from './fixtures.ts';

const OUT = 'test-results/screenshots';

/** The colour of one screen pixel of a screenshot, read back through an image in the page. */
async function pixelAt(page: Page, png: Buffer, { x, y }: { x: number; y: number }): Promise<number[]> {
  return page.evaluate(
    async ({ data, px, py }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d');
      ctx?.drawImage(image, 0, 0);
      return [...(ctx?.getImageData(Math.round(px), Math.round(py), 1, 1).data ?? [])].slice(0, 3);
    },
    { data: png.toString('base64'), px: x, py: y },
  );
}

const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

const STATES: {
  name: string;
  open: (page: Page, query: string) => Promise<void>;
  sea: [number, number];
  ids: string[];
}[] = [
  { name: 'overview-svg', open: (page, q) => openPage(page, `./${q}`), sea: [31.0, 42.4], ids: [] },
  {
    name: 'crimea-maplibre',
    open: (page, q) => openMap(page, `./${q}#region=crimea`),
    sea: [34.0, 44.15],
    ids: ['crimea'],
  },
];

for (const theme of ['light', 'dark'] as Theme[]) {
  for (const width of [375, 1280]) {
    for (const state of STATES) {
      test(`${state.name} at ${width} px, ${theme}: the map wears the theme's palette`, async ({ page }) => {
        await page.setViewportSize({ width, height: width < 600 ? 812 : 800 });
        await state.open(page, `?theme=${theme}`);
        await page.waitForTimeout(200);
        fs.mkdirSync(OUT, { recursive: true });
        const png = await page.screenshot({ path: `${OUT}/${state.name}-${width}-${theme}.png` });
        const at = await screenPoint(page, state.sea, state.ids);
        const seen = await pixelAt(page, png, at);
        const want = rgb(palettes[theme].sea);
        expect(
          Math.max(...seen.map((c, i) => Math.abs(c - (want[i] ?? 0)))),
          `sea ${seen} vs ${want}`,
        ).toBeLessThan(4);
      });
    }
  }
}
