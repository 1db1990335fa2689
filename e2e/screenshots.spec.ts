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
import { patchColours } from './pixels.ts';

const OUT = 'test-results/screenshots';

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
        const [pixel] = await patchColours(page, png, page.viewportSize()?.width ?? width, [at], 1);
        const seen = pixel?.median ?? [];
        const want = rgb(palettes[theme].sea);
        expect(
          Math.max(...seen.map((c, i) => Math.abs(c - (want[i] ?? 0)))),
          `sea ${seen} vs ${want}`,
        ).toBeLessThan(4);
      });
    }
  }
}
