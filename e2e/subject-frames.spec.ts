/**
 * The subject in view, measured where readers see it: for every step of story mode and every
 * route (each small region, each event, each passage), each region smaller than a country that
 * the map frames lies inside the map, is named there, and its box's larger side is at least
 * 12 % of the map's shorter side, on the map itself or in the detail inset that enlarges it
 * (cartography/detail.ts). On the drawing readers get first at every width, pages and embeds,
 * and on the interactive map at 375 and 1,280 px.
 */
import type { Page } from '@playwright/test';
import { framedRegions } from '../app/cartography/framing.ts';
import { storyRegions } from '../app/state/selectors.ts';
import { regionsOfPassage } from '../app/story/queries.ts';
import { expect, openMapWithHandle, openPage, publishedGeo, publishedStory, test } from './fixtures.ts';

const story = publishedStory();
const geo = publishedGeo();
const MIN_SHARE = 0.12;

/** The regions smaller than a country that the map frames for these concerned regions. */
const smallFramed = (ids: Iterable<string>) =>
  framedRegions(geo, [...ids])
    .filter((f) => f.properties.kind !== 'country')
    .map((f) => ({ id: f.id, name: f.properties.name, bbox: f.bbox }));

type Small = ReturnType<typeof smallFramed>;

const ROUTES: [string, Small][] = [
  ...geo.regions.features
    .filter((f) => f.properties.clickable && f.properties.kind !== 'country')
    .map((f): [string, Small] => [`region=${f.id}`, smallFramed([f.id])]),
  ...story.events.map((e): [string, Small] => [`event=${e.id}`, smallFramed(e.regions)]),
  ...story.passages.map((p): [string, Small] => [`passage=${p.id}`, smallFramed(regionsOfPassage(p))]),
];

/**
 * What is wrong with how the map shows these regions now (nothing: []). `interactive` reads
 * MapLibre's projection through the debug handle; the drawing is measured from its own paths.
 */
function problems(page: Page, regions: Small, interactive: boolean): Promise<string[]> {
  return page.evaluate(
    ({ regions, interactive, minShare }) => {
      const area = document.querySelector('.map-area')?.getBoundingClientRect();
      if (!area) return ['no map'];
      const shorter = Math.min(area.width, area.height);
      const steps = document.querySelector('.story-controls')?.getBoundingClientRect() ?? null;
      const visible = (r: DOMRect | undefined | null) => !!r && r.width > 0 && r.height > 0;
      const inside = (r: DOMRect) =>
        r.left >= area.left - 1 &&
        r.right <= area.right + 1 &&
        r.top >= area.top - 1 &&
        r.bottom <= area.bottom + 1;
      const clearOfSteps = (r: DOMRect) =>
        !steps ||
        r.right <= steps.left ||
        r.left >= steps.right ||
        r.bottom <= steps.top ||
        r.top >= steps.bottom;
      const found: string[] = [];
      for (const { id, name, bbox } of regions) {
        const detail = document.querySelector(`.map-area > [data-detail="${id}"]`);
        if (detail) {
          const shape = detail.querySelector(`[data-detail-region="${id}"]`)?.getBoundingClientRect();
          const box = detail.getBoundingClientRect();
          if (!visible(shape) || !shape) found.push(`${id}: its inset draws nothing`);
          else if (Math.max(shape.width, shape.height) / shorter < minShare)
            found.push(
              `${id}: ${Math.round((100 * Math.max(shape.width, shape.height)) / shorter)} % in its inset`,
            );
          if (!inside(box) || !clearOfSteps(box)) found.push(`${id}: its inset is cut or under the steps`);
          if (detail.textContent?.trim() !== name) found.push(`${id}: its inset is not named`);
          continue;
        }
        let box: { left: number; top: number; right: number; bottom: number };
        if (interactive) {
          const map = (
            window as unknown as {
              __explainer?: { map?: { project: (p: [number, number]) => { x: number; y: number } } };
            }
          ).__explainer?.map;
          if (!map) return ['no map handle'];
          const sw = map.project([bbox[0], bbox[1]]);
          const ne = map.project([bbox[2], bbox[3]]);
          box = {
            left: area.left + sw.x,
            right: area.left + ne.x,
            top: area.top + ne.y,
            bottom: area.top + sw.y,
          };
        } else {
          const shape = document
            .querySelector(`[data-svg-map] path[data-region-id="${id}"]`)
            ?.getBoundingClientRect();
          if (!shape) {
            found.push(`${id}: not drawn`);
            continue;
          }
          box = shape;
        }
        const share = Math.max(box.right - box.left, box.bottom - box.top) / shorter;
        if (share < minShare) found.push(`${id}: ${Math.round(100 * share)} % of the map's shorter side`);
        if (!inside(box as DOMRect)) found.push(`${id}: outside the map`);
        if (!clearOfSteps(box as DOMRect)) found.push(`${id}: under the story steps`);
        const label = interactive
          ? document
              .querySelector(`.maplibregl-marker[data-label="${id}"]:not([hidden])`)
              ?.getBoundingClientRect()
          : document.querySelector(`[data-svg-map] text[data-label="${id}"]`)?.getBoundingClientRect();
        if (!visible(label) || !label) found.push(`${id}: not named`);
        else if (!inside(label) || !clearOfSteps(label))
          found.push(`${id}: its name is cut or under the steps`);
      }
      return found;
    },
    { regions, interactive, minShare: MIN_SHARE },
  );
}

async function walk(page: Page, interactive: boolean): Promise<void> {
  // Story mode, stepped with Next as a reader steps it.
  await expect(page.locator('.story-controls__progress')).toHaveText(`1 of ${story.passages.length}`);
  for (const [index, passage] of story.passages.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Next passage' }).click();
    await expect(page.locator('.story-controls__progress')).toHaveText(
      `${index + 1} of ${story.passages.length}`,
    );
    const regions = smallFramed(storyRegions(story, passage.id));
    await expect
      .poll(() => problems(page, regions, interactive), { message: `#story=${passage.id}` })
      .toEqual([]);
  }
  // Every route, followed from the address. The pointer leaves the map first: with the steps
  // gone it would be over the map, and a reader's pointer there brings in the interactive map.
  if (!interactive) await page.mouse.move(1, (page.viewportSize()?.height ?? 2) - 1);
  for (const [hash, regions] of ROUTES) {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await expect.poll(() => problems(page, regions, interactive), { message: `#${hash}` }).toEqual([]);
  }
}

for (const [name, file, width, height] of [
  ['page at 375 px', './', 375, 740],
  ['page at 1,280 px', './', 1280, 800],
  ['embed at 320 px', './embed.html', 320, 800],
  ['embed at 700 px', './embed.html', 700, 900],
  ['embed at 1,000 px', './embed.html', 1000, 900],
] as const)
  test(`the drawing, ${name}: every story step and route shows its small regions, named, at ≥ 12 %`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await openPage(page, `${file}#story=p0`);
    await walk(page, false);
  });

for (const [width, height] of [
  [375, 740],
  [1280, 800],
] as const)
  test(`the interactive map at ${width} px: every story step and route shows its small regions, named, at ≥ 12 %`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    // The one place that needs the debug handle: MapLibre's projection of each region's box.
    await openMapWithHandle(page, '#story=p0');
    await walk(page, true);
  });
