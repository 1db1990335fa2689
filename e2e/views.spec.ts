/**
 * "Whose map?": the switch redraws the map, the names in the list and the panel, and the
 * legend with its sources, in both renderers, and keeps what the reader is reading.
 */

import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import * as v from 'valibot';
import { deltaE } from '../app/cartography/contrast.ts';
import { polygonContains } from '../app/cartography/labels.ts';
import { palettes } from '../app/cartography/palette.ts';
import { countryColours } from '../app/cartography/style.ts';
import { viewsSchema } from '../app/views/schema.ts';
import { expect, openMap, openMapWithHandle, openPage, publishedGeo, screenPoint, test } from './fixtures.ts';
import { patchColours } from './pixels.ts';

const geo = publishedGeo();
const views = v.parse(
  viewsSchema,
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', 'public', 'data', 'views.json'), 'utf8')),
);
/** Picks a party's view in "Whose map?", as a reader does. */
const chooseView = (page: Page, label: string) =>
  page.getByRole('combobox', { name: 'Whose map?' }).selectOption({ label });

const hex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/**
 * The colour most of a region shows on screen: the commonest of many small patches on a grid
 * inside its outline (names, city dots and hatch lines cover only some of them).
 */
async function regionColour(page: Page, id: string): Promise<string> {
  const crimea = geo.regions.features.find((f) => f.id === id);
  if (!crimea) throw new Error(`no ${id} in the published regions`);
  const box = await page.locator('.map-area').boundingBox();
  if (!box) throw new Error('the map area has no box');
  const [w, s, e, n] = crimea.bbox;
  const corners: { x: number; y: number }[] = [];
  for (let lon = w; lon <= e; lon += (e - w) / 24)
    for (let lat = s; lat <= n; lat += (n - s) / 16)
      if (polygonContains(crimea.geometry, [lon, lat])) {
        const p = await screenPoint(page, [lon, lat]);
        corners.push({ x: p.x - box.x - 1, y: p.y - box.y - 1 });
      }
  const png = await page.screenshot({ clip: box });
  const patches = await patchColours(page, png, box.width, corners, 2);
  const counts = new Map<string, number>();
  for (const { median } of patches) {
    const key = hex(median.map((c) => Math.min(255, Math.round(c / 4) * 4)));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [commonest] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!commonest) throw new Error(`no patch inside ${id}`);
  return commonest[0];
}

const crimeaColour = (page: Page) => regionColour(page, 'crimea');

const colourOf = countryColours(geo.regions.features);
const russia = palettes.light[colourOf('russia')];

for (const renderer of ['svg', 'maplibre'] as const) {
  test(`in Russia's view Crimea is filled as Russia, and in the explainer's it is not (${renderer})`, async ({
    page,
  }) => {
    const open = renderer === 'svg' ? openPage : openMap;
    await open(page, './#view=russia');
    await expect(page.locator('.view-switch')).toHaveAttribute('data-view', 'russia');
    await expect.poll(async () => deltaE(await crimeaColour(page), russia)).toBeLessThan(4);

    await chooseView(page, 'Explainer');
    await expect(page).toHaveURL(/\/$|\/#?$/);
    await expect.poll(async () => deltaE(await crimeaColour(page), russia)).toBeGreaterThan(10);
  });
}

test("Russia's view as of today fills the Zaporizhzhia and Kherson oblasts as Russia's, as its laws of 4 October 2022 claim; at the article's date and in the explainer's view they are Ukraine's", async ({
  page,
}) => {
  const ukraine = palettes.light[colourOf('ukraine')];
  await openPage(page, './#view=russia&asof=today');
  for (const id of ['zaporizhzhia', 'kherson'])
    await expect.poll(async () => deltaE(await regionColour(page, id), russia), id).toBeLessThanOrEqual(5);
  await expect(page.locator('.legend')).toContainText('Zaporozhye Oblast');
  await openPage(page, './#view=russia');
  for (const id of ['zaporizhzhia', 'kherson'])
    await expect.poll(async () => deltaE(await regionColour(page, id), ukraine), id).toBeLessThanOrEqual(5);
  await openPage(page, './');
  for (const id of ['zaporizhzhia', 'kherson']) {
    await expect.poll(async () => deltaE(await regionColour(page, id), russia), id).toBeGreaterThan(10);
    expect(deltaE(await regionColour(page, id), ukraine), id).toBeLessThanOrEqual(5);
  }
});

test("in Georgia's view the list and the panel call South Ossetia the Tskhinvali Region, and the selection survives the switch", async ({
  page,
}) => {
  await openPage(page, './#region=south-ossetia&view=georgia');
  const panel = page.locator('[data-panel]');
  await expect(panel).toHaveAttribute('data-region-id', 'south-ossetia');
  await expect(panel.locator('h2')).toHaveText('Tskhinvali Region');
  await expect(panel.locator('.panel__status')).toContainText('In Georgia’s view');
  await expect(panel.locator('.panel__status')).toContainText('Law of Georgia “On Occupied Territories”');
  await expect(
    page.locator('.region-list').getByRole('button', { name: 'Tskhinvali Region', exact: true }),
  ).toBeVisible();

  // Switching back keeps the region and what the reader was reading; the URL says both.
  await chooseView(page, 'Explainer');
  await expect(panel).toHaveAttribute('data-region-id', 'south-ossetia');
  await expect(panel.locator('h2')).toHaveText('South Ossetia');
  await expect(page).toHaveURL(/#region=south-ossetia$/);
  await expect(page.locator('[data-svg-map] .svg-labels')).toContainText('South Ossetia');
  await chooseView(page, 'Georgia');
  await expect(page).toHaveURL(/#region=south-ossetia&view=georgia$/);
  await expect(panel.locator('h2')).toHaveText('Tskhinvali Region');
  // The map's own names follow the switch too.
  await expect(page.locator('[data-svg-map] .svg-labels')).toContainText('Tskhinvali Region');

  // Choosing another region keeps the view.
  await page.locator('.region-list').getByRole('button', { name: 'Crimea', exact: true }).click();
  await expect(page).toHaveURL(/#region=crimea&view=georgia$/);
});

for (const view of views.views.filter((x) => x.id !== 'explainer')) {
  test(`the legend names ${view.party}'s view and cites its sources`, async ({ page }) => {
    await openPage(page, `./#view=${view.id}`);
    const legend = page.locator('.legend');
    await expect(legend.locator('.legend__title')).toHaveText(`Legend: ${view.party}’s view`);
    await expect(legend).toContainText(new RegExp(`${view.party}’s view, as of 22 March 2017`, 'i'));
    // Every act in force at the article's date is cited.
    const cited = await legend.locator('[data-legend-sources] li').allTextContents();
    for (const entries of Object.values(view.regions)) {
      const inForce = entries.filter((e) => e.from <= '2017-03-22').at(-1);
      if (inForce) expect(cited).toContain(inForce.source.title);
    }
  });
}

test('the switch is a keyboard select that announces the view, and "as of today" shows later acts', async ({
  page,
}) => {
  await openPage(page, './#region=donbass&view=russia');
  const status = page.locator('.view-switch__now');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toContainText('Russia’s view, as of 22 March 2017');
  await expect(page.locator('[data-panel] h2')).toHaveText('Donbass');

  const chooser = page.getByRole('combobox', { name: 'Whose map?' });
  await chooser.focus();
  await page.keyboard.press('ArrowDown');
  await expect(chooser).toHaveValue('ukraine');
  await expect(status).toContainText('Ukraine’s view');
  await expect(page).toHaveURL(/#region=donbass&view=ukraine$/);

  await chooseView(page, 'Russia');
  await page.getByRole('checkbox', { name: 'As of today' }).check();
  await expect(page).toHaveURL(/#region=donbass&view=russia&asof=today$/);
  await expect(status).toContainText('Russia’s view, as of today');
  // Russia's law of October 2022, not the Minsk measures of 2015.
  await expect(page.locator('[data-panel] h2')).toHaveText("Donetsk and Luhansk People's Republics");
});

test('an unknown view in the URL is dropped, and the explainer’s own map is shown', async ({ page }) => {
  await openPage(page, './#region=crimea&view=atlantis');
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
  await expect(page).toHaveURL(/#region=crimea$/);
  await expect(page.locator('.view-switch')).toHaveAttribute('data-view', 'explainer');
});

test('the interactive map follows a switch in place: its names, the hover name and the selection stay right', async ({
  page,
}) => {
  await openMap(page, './#region=south-ossetia');
  const labels = page.locator('.map-area .map-label:not([hidden])');
  await expect(labels.filter({ hasText: 'South Ossetia' })).toHaveCount(1);
  const mapBefore = await page.locator('.map-area .maplibregl-canvas').elementHandle();

  await chooseView(page, 'Georgia');
  await expect(labels.filter({ hasText: 'Tskhinvali Region' })).toHaveCount(1);
  await expect(labels.filter({ hasText: /^South Ossetia$/ })).toHaveCount(0);
  // The same map, not a new one: the switch is a data update, not a reload.
  expect(await mapBefore?.evaluate((c) => c.isConnected)).toBe(true);
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'south-ossetia');

  // Hovering the region names it as the view does.
  const ossetia = geo.regions.features.find((f) => f.id === 'south-ossetia');
  if (!ossetia) throw new Error('no South Ossetia');
  const point = await screenPoint(page, ossetia.properties.label, ['south-ossetia']);
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('.hover-label')).toHaveText('Tskhinvali Region');
});

/** Every name a map shows: its text, the lines it is set on and its width on screen. */
async function shownNames(page: Page, renderer: 'svg' | 'maplibre') {
  return renderer === 'svg'
    ? page.locator('[data-svg-map] .svg-labels text').evaluateAll((texts) =>
        texts.map((t) => ({
          id: t.getAttribute('data-label') ?? '',
          lines: Math.max(1, t.querySelectorAll('tspan').length),
          width: t.getBoundingClientRect().width,
        })),
      )
    : page.locator('.map-area .maplibregl-marker[data-label]:not([hidden])').evaluateAll((labels) =>
        labels.map((l) => ({
          id: l.getAttribute('data-label') ?? '',
          lines: l.querySelectorAll('br').length + 1,
          width: l.getBoundingClientRect().width,
        })),
      );
}

// The widest a name may be: ten ems of the largest type (a country's 14 px) and its halo.
const WIDEST_NAME = 10 * 14 + 2 * 3 + 1;

for (const width of [375, 320])
  test(`at ${width} px the parties' long names wrap on both maps: none wider than ten ems, the UN's South Ossetia on three lines or more`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const [view, region] of [
      ['un', 'south-ossetia'],
      ['un', ''],
      ['ukraine', 'south-ossetia'],
      ['russia', 'donbass'],
    ] as const) {
      const hash = `#view=${view}${region ? `&region=${region}` : ''}`;
      // A fresh load each time (a change of hash alone would keep the page), as a reader's link gives.
      await page.goto('about:blank');
      await openPage(page, `./${hash}`);
      const svg = await shownNames(page, 'svg');
      await page.locator('.map-area').hover({ position: { x: 2, y: 2 } });
      await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
      await expect(
        page.locator('.map-area .maplibregl-marker[data-label]:not([hidden])').first(),
      ).toBeVisible();
      const maplibre = await shownNames(page, 'maplibre');
      for (const [renderer, names] of [
        ['svg', svg],
        ['maplibre', maplibre],
      ] as const) {
        expect(names.length, `${renderer} names in ${hash}`).toBeGreaterThan(3);
        for (const name of names)
          expect(name.width, `${name.id} on the ${renderer} map, ${hash}`).toBeLessThanOrEqual(WIDEST_NAME);
        if (region === 'south-ossetia' && view === 'un')
          expect(
            names.find((n) => n.id === 'south-ossetia')?.lines,
            `the UN's name for South Ossetia on the ${renderer} map`,
          ).toBeGreaterThanOrEqual(3);
      }
    }
  });

test('after a switch the interactive map keeps the selection highlighted', async ({ page }) => {
  await openMapWithHandle(page, '#region=crimea');
  const selected = () =>
    page.evaluate(() => {
      const map = window.__explainer?.map;
      return map?.getFeatureState({ source: 'regions', id: 'crimea' }).selected === true;
    });
  expect(await selected()).toBe(true);
  await chooseView(page, 'Russia');
  await expect(page.locator('.map-area .map-label', { hasText: 'Republic of Crimea' })).toBeVisible();
  expect(await selected()).toBe(true);
});
