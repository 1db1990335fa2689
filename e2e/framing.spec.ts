/**
 * One view, two renderers: for every kind of route, the SVG first view and the MapLibre map
 * frame the same box (within 2% of the map's width and height), MapLibre's own
 * cameraForBounds agrees with the shared framing, neither shows past the published extent,
 * and Escape returns to the opening view.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { cameraForRegions, fitFrame, framedRegions, frameFor } from '../app/cartography/framing.ts';
import { project } from '../app/cartography/mercator.ts';
import { regionsOfPassage } from '../app/story/queries.ts';
import type { Story } from '../app/story/schema.ts';
import {
  expect,
  openMapWithHandle,
  openPage,
  publishedGeo,
  svgHighlighted,
  test,
  type View,
} from './fixtures.ts';

const story = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '..', 'public', 'content', 'article.json'), 'utf8'),
) as Story;
const geo = publishedGeo();

/** The regions a route highlights: the smallest of those it concerns. */
const shown = (ids: Iterable<string>) => framedRegions(geo, [...ids]).map((f) => f.id);

/** Each kind of route, and the regions it highlights. */
const ROUTES: [string, string[]][] = [
  ['', []],
  ...geo.regions.features
    .filter((f) => f.properties.clickable)
    .map((f): [string, string[]] => [`#region=${f.id}`, [f.id]]),
  ['#event=crimea-annexation', shown(story.events.find((e) => e.id === 'crimea-annexation')?.regions ?? [])],
  [
    '#passage=p9',
    shown(
      regionsOfPassage(
        story.passages.find((p) => p.id === 'p9') ??
          story.passages[0] ?? { id: '', text: '', mentions: [], implicit: [] },
      ),
    ),
  ],
];

async function svgView(page: Page): Promise<View> {
  return page.locator('[data-svg-map] svg').evaluate((svg: SVGSVGElement) => {
    const { x, y, width, height } = svg.viewBox.baseVal;
    const box = svg.getBoundingClientRect();
    return { x, y, width, height, px: { width: box.width, height: box.height } };
  });
}

async function mapLibreView(page: Page): Promise<View> {
  const shown = await page.evaluate(() => {
    const map = window.__explainer?.map;
    if (!map) throw new Error('no map handle');
    const b = map.getBounds();
    const canvas = map.getCanvas();
    return {
      w: b.getWest(),
      s: b.getSouth(),
      e: b.getEast(),
      n: b.getNorth(),
      width: canvas.clientWidth,
      height: canvas.clientHeight,
    };
  });
  const [x0, y1] = project(shown.w, shown.s);
  const [x1, y0] = project(shown.e, shown.n);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0, px: { width: shown.width, height: shown.height } };
}

/** The largest gap between two views' edges, as a share of the map's width or height. */
function gap(a: View, b: View): number {
  const sx = a.px.width / a.width;
  const sy = a.px.height / a.height;
  return Math.max(
    (Math.abs(a.x - b.x) * sx) / a.px.width,
    (Math.abs(a.x + a.width - (b.x + b.width)) * sx) / a.px.width,
    (Math.abs(a.y - b.y) * sy) / a.px.height,
    (Math.abs(a.y + a.height - (b.y + b.height)) * sy) / a.px.height,
  );
}

for (const [hash, ids] of ROUTES) {
  test(`both renderers frame the same box for "${hash || 'the overview'}"`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPage(page, `./${hash}`);
    expect(await svgHighlighted(page)).toEqual([...ids].sort());
    const svg = await svgView(page);

    await openMapWithHandle(page, hash);
    // The route arrives with the story, after the map: wait until the map has come to rest.
    await expect
      .poll(() =>
        page.evaluate(() => window.__explainer?.map?.isMoving() === false && window.__explainer.map.loaded()),
      )
      .toBe(true);
    const mapLibre = await mapLibreView(page);
    const selected = await page.evaluate(() => {
      const map = window.__explainer?.map;
      const all = [...new Set(map?.querySourceFeatures('regions').map((f) => String(f.id)))];
      return all.filter((id) => map?.getFeatureState({ source: 'regions', id }).selected).sort();
    });
    expect(selected).toEqual([...ids].sort());
    expect(mapLibre.px).toEqual({ width: Math.round(svg.px.width), height: Math.round(svg.px.height) });
    const measured = gap(svg, mapLibre);
    console.log(`framing gap ${hash || 'overview'}: ${(measured * 100).toFixed(3)}% of the map's side`);
    expect(measured).toBeLessThan(0.02);

    // Nothing past the published extent shows: MapLibre's maxBounds and the shared camera agree.
    const [W, S, E, N] = geo.regions.bbox;
    const [ex0, ey1] = project(W, S);
    const [ex1, ey0] = project(E, N);
    const slack = 1e-6;
    expect(mapLibre.x >= ex0 - slack && mapLibre.x + mapLibre.width <= ex1 + slack, 'inside east–west').toBe(
      true,
    );
    expect(
      mapLibre.y >= ey0 - slack && mapLibre.y + mapLibre.height <= ey1 + slack,
      'inside north–south',
    ).toBe(true);

    // The shared fitting is MapLibre's own cameraForBounds for the same frame (before the extent's constraint).
    const frame = frameFor(geo, ids, mapLibre.px.width, mapLibre.px.height);
    const ours = fitFrame(frame, mapLibre.px.width, mapLibre.px.height);
    const theirs = await page.evaluate(({ bbox, padding, maxZoom }) => {
      const camera = window.__explainer?.map?.cameraForBounds(bbox as [number, number, number, number], {
        padding,
        maxZoom,
      });
      const center = camera?.center as { lng: number; lat: number } | undefined;
      return {
        zoom: camera?.zoom ?? Number.NaN,
        lng: center?.lng ?? Number.NaN,
        lat: center?.lat ?? Number.NaN,
      };
    }, frame);
    expect(Math.abs(theirs.zoom - ours.zoom)).toBeLessThan(1e-6);
    expect(theirs.lng).toBeCloseTo(ours.center[0], 6);
    expect(theirs.lat).toBeCloseTo(ours.center[1], 6);
  });
}

test('Escape returns the interactive map to exactly the view it opened at', async ({ page }) => {
  await openMapWithHandle(page);
  const camera = () =>
    page.evaluate(() => {
      const map = window.__explainer?.map;
      return {
        zoom: map?.getZoom() ?? Number.NaN,
        lng: map?.getCenter().lng ?? Number.NaN,
        lat: map?.getCenter().lat ?? Number.NaN,
      };
    });
  const opening = await camera();
  await page.getByRole('button', { name: 'Crimea', exact: true }).click();
  await expect.poll(async () => (await camera()).zoom).toBeGreaterThan(opening.zoom + 1);
  await page.keyboard.press('Escape');
  await expect.poll(async () => Math.abs((await camera()).zoom - opening.zoom)).toBeLessThan(0.02);
  const back = await camera();
  expect(back.lng).toBeCloseTo(opening.lng, 4);
  expect(back.lat).toBeCloseTo(opening.lat, 4);
});

test('the SVG map outlines and frames the selection, and Escape brings back its opening view', async ({
  page,
}) => {
  await openPage(page);
  const opening = await svgView(page);
  await page.getByRole('button', { name: 'Donbass', exact: true }).click();
  await expect.poll(() => svgHighlighted(page)).toEqual(['donbass']);
  const framed = await svgView(page);
  const [w, s, e, n] = geo.regions.features.find((f) => f.id === 'donbass')?.bbox ?? [0, 0, 0, 0];
  const [x0, y1] = project(w, s);
  const [x1, y0] = project(e, n);
  // The box is in view, with the margin around it, and fills the tighter side.
  expect(framed.x).toBeLessThan(x0);
  expect(framed.x + framed.width).toBeGreaterThan(x1);
  expect(framed.y).toBeLessThan(y0);
  expect(framed.y + framed.height).toBeGreaterThan(y1);
  expect(Math.max((x1 - x0) / framed.width, (y1 - y0) / framed.height)).toBeGreaterThan(0.6);
  await page.keyboard.press('Escape');
  await expect.poll(() => svgHighlighted(page)).toEqual([]);
  expect(gap(opening, await svgView(page))).toBeLessThan(1e-9);
});

test('when the map box changes size, both maps frame the route again, the same way', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openMapWithHandle(page, '#region=south-ossetia');
  await page.setViewportSize({ width: 1000, height: 700 });
  await expect
    .poll(async () => {
      const shown = await mapLibreView(page);
      const wanted = cameraForRegions(geo, ['south-ossetia'], shown.px.width, shown.px.height);
      const [cx, cy] = project(...wanted.center);
      const k = 2 ** wanted.zoom;
      const expected = {
        x: cx - shown.px.width / 2 / k,
        y: cy - shown.px.height / 2 / k,
        width: shown.px.width / k,
        height: shown.px.height / k,
        px: shown.px,
      };
      return gap(expected, shown);
    })
    .toBeLessThan(0.02);
});
