/**
 * The subject in view: story mode's steps pinned with the map and reachable by a thumb, the
 * story followed inside a pym host set up exactly as the README says (no trackscroll), and the
 * map answering the text: a mention pointed at outlines its region without moving the camera.
 */
import type { Page } from '@playwright/test';
import { expect, openPage, test } from './fixtures.ts';
import { embeddedMapOnScreen, openHost, PYM } from './host.ts';
import { patchColours } from './pixels.ts';

/** Whether an element is wholly inside the window. */
const onScreen = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const r = element.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0;
  });

test.describe('story steps at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('Next, tapped 17 times from the top, reaches the last passage; the steps and progress stay on screen', async ({
    page,
  }) => {
    await openPage(page, './#story');
    const next = page.getByRole('button', { name: 'Next passage' });
    const progress = page.locator('.story-controls__progress');
    const count = 18;
    await expect(page.locator('.story [data-passage-id]')).toHaveCount(count);
    for (let step = 1; step < count; step++) {
      await next.tap();
      await expect(page).toHaveURL(new RegExp(`#story=p${step}$`));
      await expect(progress).toHaveText(`${step + 1} of ${count}`);
      expect(await onScreen(page, '.story-controls'), `the steps at step ${step}`).toBe(true);
      const box = await next.boundingBox();
      expect(box?.height ?? 0, 'Next is thumb-sized').toBeGreaterThanOrEqual(44);
    }
    await expect(next).toBeDisabled();
    await expect(page.locator('[data-passage-id][data-current]')).toHaveAttribute('data-passage-id', 'p17');
  });

  test('a phone is not told to press keys', async ({ page }) => {
    await openPage(page, './#story');
    await expect(page.locator('.story__keys')).toBeHidden();
  });
});

test('with a keyboard and a mouse the keys are offered', async ({ page }) => {
  await openPage(page, './#story');
  await expect(page.locator('.story__keys')).toBeVisible();
});

test('in a pym host set up as the README says (xdomain, no trackscroll), story mode follows the scroll to the last passage', async ({
  page,
  recorded,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1000, height: 800 });
  const origin = new URL(baseURL ?? '').origin.replaceAll('.', '\\.');
  await openHost(
    page,
    recorded,
    `<h1>Story</h1><p style="height:600px">Lead paragraphs.</p><div id="map"></div><script>${PYM}</script>
     <script>new pym.Parent('map', '${baseURL}embed.html#story', { title: 'Map', xdomain: '^${origin}$' });</script><p style="height:900px">More.</p>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('[data-panel="story"]')).toBeVisible();
  const child = page.frames().find((f) => f.url().includes('embed.html'));
  if (!child) throw new Error('no embed frame');
  await expect
    .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
    .toBeGreaterThan(2000);
  await page.mouse.move(500, 400);
  const seen = new Set<string>();
  for (let step = 0; step < 400 && !seen.has('p17'); step++) {
    await page.mouse.wheel(0, 60);
    await page.waitForTimeout(40);
    const frameTop = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
    if (frameTop > 100) continue;
    const hash = await child.evaluate(() => location.hash);
    seen.add(hash.replace('#story=', ''));
    await expect
      .poll(() => embeddedMapOnScreen(page, child), { timeout: 2000, message: `the map at ${hash}` })
      .toBeGreaterThanOrEqual(0.5);
  }
  expect([...seen], 'the passages the frame said it was at').toContain('p17');
});

test('pointing at a mention outlines its region on the map, and the camera stays', async ({ page }) => {
  await openPage(page, './#region=south-ossetia');
  const viewBox = () => page.locator('[data-svg-map] svg').getAttribute('viewBox');
  const before = await viewBox();
  const mention = page.locator('[data-panel] button.mention[data-region-id="russia"]').first();
  await mention.hover();
  await expect(page.locator('[data-svg-map] [data-hovered="russia"]')).toHaveCount(1);
  expect(await viewBox()).toBe(before);
  await page.mouse.move(1, 1);
  await expect(page.locator('[data-svg-map] [data-hovered]')).toHaveCount(0);
});

/**
 * Every step of story mode, stepped with Next, at 375 and 1280 px and in the 700 px embed,
 * light and dark: written to test-results/story-steps/ for people to look at; at each step the
 * steps and the progress are on screen and say where the reader is.
 */
for (const theme of ['light', 'dark'] as const)
  for (const [name, path, width, height] of [
    ['page-375', './', 375, 740],
    ['page-1280', './', 1280, 800],
    ['embed-700', './embed.html', 700, 900],
  ] as const)
    test(`story steps, ${name}, ${theme}: each passage framed, the steps in view (screenshots)`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height });
      await openPage(page, `${path}?theme=${theme}#story=p0`);
      const out = `test-results/story-steps/${name}-${theme}`;
      const progress = page.locator('.story-controls__progress');
      for (let step = 0; step < 18; step++) {
        if (step > 0) await page.getByRole('button', { name: 'Next passage' }).click();
        await expect(progress).toHaveText(`${step + 1} of 18`);
        await expect(page.locator('[data-passage-id][data-current]')).toHaveAttribute(
          'data-passage-id',
          `p${step}`,
        );
        // Once the page has scrolled to the passage (a Next press moves it), not mid-scroll.
        await expect
          .poll(() => onScreen(page, '.story-controls'), { message: `the steps at p${step}` })
          .toBe(true);
        await page.waitForTimeout(150);
        await page.screenshot({ path: `${out}/p${String(step).padStart(2, '0')}.png` });
      }
    });

test.describe('the 700 px embed opening', () => {
  test.use({ viewport: { width: 700, height: 800 } });

  test('shows South Ossetia and Abkhazia, named, inside its short wide map', async ({ page }) => {
    await openPage(page, './embed.html');
    const map = await page.locator('.map-area').boundingBox();
    if (!map) throw new Error('no map box');
    expect(map.width / map.height, 'a wide, short map').toBeGreaterThan(2);
    for (const id of ['south-ossetia', 'abkhazia', 'crimea', 'donbass']) {
      const label = await page.locator(`[data-svg-map] text[data-label="${id}"]`).boundingBox();
      expect(label, `${id} is named`).not.toBeNull();
      if (!label) continue;
      expect(label.y, `${id}'s name below the map's top`).toBeGreaterThanOrEqual(map.y);
      expect(label.y + label.height, `${id}'s name above the map's bottom`).toBeLessThanOrEqual(
        map.y + map.height,
      );
      expect(label.x).toBeGreaterThanOrEqual(map.x);
      expect(label.x + label.width).toBeLessThanOrEqual(map.x + map.width);
    }
  });
});

test.describe('the locator inset', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('appears over either map once it zooms in past the opening, with the view framed on it, and goes with it', async ({
    page,
  }) => {
    await openPage(page, './');
    await expect(page.locator('.map-area [data-locator]')).toHaveCount(0);
    await page.getByRole('button', { name: 'South Ossetia', exact: true }).click();
    const inset = page.locator('.map-area > [data-locator]');
    await expect(inset).toBeVisible();
    const [map, box, frame] = await Promise.all([
      page.locator('.map-area').boundingBox(),
      inset.boundingBox(),
      inset.locator('[data-locator-frame]').boundingBox(),
    ]);
    if (!map || !box || !frame) throw new Error('no boxes');
    expect(box.x - map.x).toBeCloseTo(8, 0);
    expect(box.y - map.y).toBeCloseTo(8, 0);
    // The frame (South Ossetia's view) lies in the inset's lower right, where the Caucasus is.
    expect(frame.x + frame.width).toBeLessThanOrEqual(box.x + box.width + 1);
    expect(frame.x).toBeGreaterThan(box.x + box.width / 2);
    expect(frame.y).toBeGreaterThan(box.y + box.height / 2);
    // Over the interactive map too.
    await page.locator('.map-area').hover({ position: { x: 200, y: 200 } });
    await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
    await expect(inset).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('.map-area [data-locator]')).toHaveCount(0);
  });
});

test.describe('the folded key at 320 px', () => {
  test.use({ viewport: { width: 320, height: 700 }, hasTouch: true, isMobile: true });

  for (const view of ['explainer', 'russia', 'ukraine', 'georgia', 'un'])
    test(`names every hatch the map draws, none cut, in the ${view} view`, async ({ page }) => {
      await openPage(page, view === 'explainer' ? './' : `./#view=${view}`);
      const legend = page.locator('.legend');
      const summary = await legend.locator('summary').boundingBox();
      if (!summary) throw new Error('no legend line');
      const entries = await legend.locator('.legend__key-entry').evaluateAll((all) =>
        all.map((entry) => {
          const r = entry.getBoundingClientRect();
          return {
            id: entry.getAttribute('data-key'),
            text: entry.textContent ?? '',
            left: r.left,
            right: r.right,
          };
        }),
      );
      // The key names each hatch the legend explains (a hatch swatch draws a pattern), and a
      // state a view recognises (Russia's view draws no hatch at all).
      const hatched = await legend
        .locator('li[data-legend]')
        .evaluateAll((rows) =>
          rows.filter((row) => row.querySelector('pattern')).map((row) => row.getAttribute('data-legend')),
        );
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.flatMap((e) => e.id?.split(' ') ?? [])).toEqual(expect.arrayContaining(hatched));
      // The same words never twice: statuses a view words alike share one entry.
      expect(new Set(entries.map((e) => e.text)).size).toBe(entries.length);
      for (const entry of entries) {
        expect(entry.text.trim().length, `${entry.id} has words`).toBeGreaterThan(3);
        expect(entry.left).toBeGreaterThanOrEqual(summary.x);
        expect(entry.right).toBeLessThanOrEqual(Math.min(summary.x + summary.width, 320) + 0.5);
      }
    });
});

/** The top of the map's box and the top and bottom of the legend's line, in the window. */
const keyUnderMap = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('.explainer__canvas')?.getBoundingClientRect();
    const key = document.querySelector('.legend summary')?.getBoundingClientRect();
    if (!map || !key) throw new Error('no map or no key');
    return { mapTop: map.top, mapBottom: map.bottom, keyTop: key.top, keyBottom: key.bottom };
  });

test.describe('the compact key pinned with the map on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  for (const path of ['./', './#story'])
    test(`stays under the map while the reader scrolls (${path})`, async ({ page }) => {
      await openPage(page, path);
      await page.evaluate(() => window.scrollTo(0, 1200));
      await expect.poll(async () => (await keyUnderMap(page)).mapTop).toBe(0);
      const at = await keyUnderMap(page);
      expect(Math.abs(at.keyTop - at.mapBottom), 'the key sits on the map').toBeLessThan(2);
      expect(at.keyBottom).toBeLessThan(740 / 2);
      await expect(page.locator('.legend__key-entry').first()).toBeVisible();
    });

  test('opens where it is, its whole legend scrolling in its own box, and "Whose map?" needs no opening', async ({
    page,
  }) => {
    await openPage(page);
    const legend = page.locator('.legend');
    const chooser = page.getByRole('combobox', { name: 'Whose map?' });
    await expect(legend).not.toHaveAttribute('open');
    await chooser.scrollIntoViewIfNeeded();
    await expect(chooser).toBeVisible();
    expect((await chooser.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await chooser.selectOption({ label: 'Russia' });
    await expect(page).toHaveURL(/#view=russia$/);

    await page.evaluate(() => window.scrollTo(0, 1200));
    await legend.locator('summary').tap();
    await expect(legend).toHaveAttribute('open');
    const body = legend.locator('.legend__body');
    const box = await body.boundingBox();
    if (!box) throw new Error('no legend body');
    // Still under the map, and all of it within the window (it scrolls inside its box).
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await keyUnderMap(page).then((k) => k.mapTop)).toBe(0);
    await expect(legend.locator('[data-legend-sources] li').last()).toBeAttached();
  });
});

test.describe('the compact key in story mode at 1,280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('is pinned under the map while reading, folded, and nothing shows above the map', async ({ page }) => {
    await openPage(page, './#story');
    await expect(page.locator('.legend')).not.toHaveAttribute('open');
    // Scrolled so that "Whose map?", under the legend, passes behind the map's top edge.
    const switchTop = await page
      .locator('.view-switch')
      .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    await page.evaluate((top) => window.scrollTo(0, top - 3), switchTop);
    await expect.poll(async () => Math.round((await keyUnderMap(page)).mapTop)).toBe(8);
    const at = await keyUnderMap(page);
    expect(Math.abs(at.keyTop - at.mapBottom)).toBeLessThan(2);
    expect(at.keyBottom).toBeLessThanOrEqual(800);
    // The 8 px above the map are the page's paper, whatever scrolls under.
    const paper = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.color = 'var(--paper)';
      document.body.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour.match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
    });
    const canvas = await page.locator('.explainer__canvas').boundingBox();
    if (!canvas) throw new Error('no map');
    const png = await page.screenshot();
    const corners = Array.from({ length: 24 }, (_, i) => ({
      x: canvas.x + (i * (canvas.width - 6)) / 23,
      y: 1,
    }));
    const patches = await patchColours(page, png, 1280, corners, 6);
    for (const [i, patch] of patches.entries())
      for (const c of [0, 1, 2])
        expect(Math.abs((patch.mean[c] ?? 0) - (paper[c] ?? 0)), `patch ${i} above the map`).toBeLessThan(6);
  });
});
