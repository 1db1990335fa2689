/**
 * Chromium without WebGL (--disable-3d-apis, this project's launch flag): the same layers as
 * an SVG map, the same regions to click, the same panel and URL, and a note saying why.
 */
import type { Page } from '@playwright/test';
import { cameraForRegions } from '../app/cartography/framing.ts';
import { viewBoxFor } from '../app/map/svg/projection.ts';
import { expect, publishedGeo, svgHighlighted, test } from './fixtures.ts';

/** Whether the SVG map shows the shared camera's view of these regions (to a thousandth of its size). */
async function framesSharedView(page: Page, ids: string[]): Promise<boolean> {
  const shown = await page.locator('[data-svg-map] svg').evaluate((svg: SVGSVGElement) => {
    const { x, y, width, height } = svg.viewBox.baseVal;
    const box = svg.getBoundingClientRect();
    return { x, y, width, height, px: box.width, py: box.height };
  });
  const want = viewBoxFor(cameraForRegions(publishedGeo(), ids, shown.px, shown.py), shown.px, shown.py);
  const close = (a: number, b: number, side: number) => Math.abs(a - b) < side / 1000;
  return (
    close(shown.x, want.x, want.width) &&
    close(shown.y, want.y, want.height) &&
    close(shown.width, want.width, want.width) &&
    close(shown.height, want.height, want.height)
  );
}

/** The screen point of a longitude/latitude on the SVG map, from its own viewBox. */
async function svgPoint(page: Page, [lon, lat]: [number, number]) {
  return page.evaluate(
    ([lng, la]) => {
      const svg = document.querySelector<SVGSVGElement>('[data-svg-map] svg');
      if (!svg) throw new Error('no SVG map');
      const k = 512 / (2 * Math.PI);
      const x = (k * lng * Math.PI) / 180;
      const y = -k * Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360));
      const point = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM() ?? undefined);
      return { x: point.x, y: point.y };
    },
    [lon, lat] as [number, number],
  );
}

const REGIONS: [string, [number, number]][] = [
  ['georgia', [44.9, 41.75]],
  ['south-ossetia', [44.0, 42.3]],
  ['crimea', [34.1, 45.2]],
  ['donbass', [38.6, 48.2]],
  ['russia', [40.0, 52.0]],
  ['ukraine', [31.0, 49.5]],
  ['abkhazia', [41.5, 43.1]],
];

test('without WebGL the map is an SVG drawing with a note, and MapLibre never starts', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
  expect(await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl')))).toBe(
    false,
  );
  await expect(page.locator('[data-svg-map] svg')).toHaveAttribute('role', 'img');
  await expect(page.getByRole('note')).toContainText('interactive map cannot be shown here');
  await expect(page.locator('.maplibregl-map')).toHaveCount(0);
  for (const id of ['crimea', 'donbass', 'georgia', 'south-ossetia', 'russia', 'ukraine', 'abkhazia']) {
    await expect(page.locator(`[data-svg-map] path[data-region-id="${id}"]`)).toHaveCount(1);
  }
});

for (const [id, at] of REGIONS) {
  test(`clicking ${id} in the SVG map selects it`, async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
    const { x, y } = await svgPoint(page, at);
    await page.mouse.click(x, y);
    await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', id);
    await expect(page).toHaveURL(new RegExp(`#region=${id}$`));
    // The SVG outlines the selection and frames it with the camera MapLibre uses.
    await expect.poll(() => svgHighlighted(page)).toEqual([id]);
    await expect.poll(() => framesSharedView(page, [id])).toBe(true);
    if (id === 'abkhazia') {
      // Drawn and selectable, but this article never names it.
      await expect(page.locator('[data-panel]')).toContainText('The article does not mention Abkhazia.');
    } else {
      expect(await page.locator('[data-panel] [data-passage-id]').count()).toBeGreaterThan(0);
    }
  });
}

test('the SVG map follows deep links, mention clicks and clears on the sea', async ({ page }) => {
  await page.goto('./#region=crimea');
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
  const framed = await page.locator('[data-svg-map] svg').getAttribute('viewBox');
  await page.getByRole('button', { name: 'Donbass: show Donbass on the map' }).click();
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'donbass');
  await expect(page.locator('[data-svg-map] svg')).not.toHaveAttribute('viewBox', framed ?? '');
  const sea = await svgPoint(page, [37.3, 46.75]); // the Sea of Azov, in view when Donbass is framed
  await page.mouse.click(sea.x, sea.y);
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'intro');
  await expect.poll(() => svgHighlighted(page)).toEqual([]);
  await expect.poll(() => framesSharedView(page, [])).toBe(true);
});
