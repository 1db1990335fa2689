/**
 * Story mode as readers use it: the page scrolled with the wheel (or the keys), at 1280 and
 * 375 px, and inside a cross-origin host page that scrolls. The map follows the passage at
 * the reading position and stays in view at every step.
 */
import type { Frame, Page } from '@playwright/test';
import { expect, openMap, openPage, type Recorded, test } from './fixtures.ts';
import { embeddedMapOnScreen, openHost, PYM } from './host.ts';

const AIRSTRIKES = 'p9'; // "Russia launched airstrikes against the Georgian government in South Ossetia in 2008…"
const REUTERS = 'p17'; // "“Russia’s critics say the war in South Ossetia was a dress rehearsal…” Reuters noted"

const highlighted = async (where: Page | Frame) =>
  ((await where.locator('[data-map]').getAttribute('data-highlighted')) ?? '').split(' ').filter(Boolean);

/** The share of the map's box inside the window. */
async function mapOnScreen(page: Page): Promise<number> {
  return page.evaluate(() => {
    const r = document.querySelector('.explainer__canvas')?.getBoundingClientRect();
    if (!r || r.height === 0) return 0;
    const seen = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
    return Math.max(0, seen) / r.height;
  });
}

/** Scrolls down with the wheel until `passage` is the one being read; checks the map is in view at each step. */
async function readUntil(page: Page, passage: string): Promise<void> {
  for (let step = 0; step < 200; step++) {
    if ((await page.locator('[data-passage-id][data-current]').getAttribute('data-passage-id')) === passage)
      return;
    expect(
      await mapOnScreen(page),
      `the map is at least half on screen at step ${step}`,
    ).toBeGreaterThanOrEqual(0.5);
    await page.mouse.wheel(0, 60);
    await page.waitForTimeout(40);
  }
  throw new Error(`scrolling never reached ${passage}`);
}

for (const [width, height] of [
  [1280, 900],
  [375, 812],
] as const) {
  test.describe(`story mode at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('the map follows the passage at the reading position, and the URL follows without history entries', async ({
      page,
    }) => {
      await openPage(page, './');
      const entries = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: 'Read the story' }).click();
      await expect(page.locator('[data-panel="story"]')).toBeVisible();
      await expect(page).toHaveURL(/#story/);
      await page.mouse.move(width / 2, height - 40);

      await readUntil(page, AIRSTRIKES);
      await expect.poll(() => highlighted(page)).toEqual(['south-ossetia']);
      await expect(page).toHaveURL(new RegExp(`#story=${AIRSTRIKES}$`));

      await readUntil(page, REUTERS);
      await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(['crimea', 'donbass']));
      await expect(page).toHaveURL(new RegExp(`#story=${REUTERS}$`));
      // Entering story mode was one entry; reading on added none.
      expect(await page.evaluate(() => history.length)).toBe(entries + 1);
      // The SVG drawing follows the same way as the interactive map.
      await expect(page.locator('[data-svg-map], .map-area .maplibregl-canvas').first()).toBeVisible();
    });
  });
}

test('a deep link opens the story at its passage, the map showing it; a passage about no place keeps the last framing', async ({
  page,
}) => {
  await openPage(page, `./#story=${AIRSTRIKES}`);
  await expect(page.locator(`[data-passage-id="${AIRSTRIKES}"]`)).toHaveAttribute('data-current', 'true');
  expect(await highlighted(page)).toEqual(['south-ossetia']);
  // Brought to the reading position, in the window.
  const top = async () => (await page.locator(`[data-passage-id="${AIRSTRIKES}"]`).boundingBox())?.y ?? -1;
  await expect.poll(top).toBeGreaterThan(0);
  expect(await top()).toBeLessThan(page.viewportSize()?.height ?? 0);
});

test('the keyboard steps passage by passage, with one announcement per step; the timeline jumps to an event', async ({
  page,
}) => {
  await openMap(page, './#story');
  await expect(page.locator('[data-panel="story"]')).toBeVisible();
  await page.locator('[data-panel="story"] h2').focus();
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/#story=p1$/);
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/#story=p2$/);
  await expect(page.locator('[data-announcer]')).toHaveText(/^Passage 3 of \d+: /);
  await expect(page.locator('[data-passage-id="p2"]')).toBeFocused();
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/#story=p1$/);
  await page.getByRole('button', { name: 'Next passage' }).click();
  await expect(page).toHaveURL(/#story=p2$/);

  const events = page.locator('.timeline button');
  expect(await events.count()).toBeGreaterThan(3);
  const event = page.locator('.timeline button[data-event-id="crimea-annexation"]');
  await event.click();
  await expect(page).toHaveURL(new RegExp(`#story=${REUTERS}$`));
  await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(['crimea']));

  // Any region opens in the explorer, and Back returns to the story at the passage.
  await page.locator(`[data-passage-id="${REUTERS}"] button`, { hasText: 'Crimea' }).first().click();
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
  await page.goBack();
  await expect(page.locator(`[data-passage-id="${REUTERS}"]`)).toHaveAttribute('data-current', 'true');
});

test('with reduced motion and no WebGL the drawing follows the story the same way', async ({ browser }) => {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 320, height: 640 },
  });
  const page = await context.newPage();
  await page.goto(`./#story=${REUTERS}`);
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
  await expect.poll(() => highlighted(page)).toEqual(expect.arrayContaining(['crimea', 'donbass']));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});

/** A newsroom's page on another origin holding `body`; the story's frame once it shows the story. */
async function openStoryHost(page: Page, recorded: Recorded, body: string): Promise<Frame> {
  await openHost(page, recorded, body);
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no iframe');
  await expect(frame.locator('[data-panel="story"]')).toBeVisible();
  return frame;
}

for (const [width, loader] of [
  [1000, 'pym'],
  [375, 'pym'],
  [1000, 'embed.js'],
] as const) {
  test(`in a ${width} px host page (${loader}) the story's map stays in the reader's window as the host scrolls`, async ({
    page,
    recorded,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const body =
      loader === 'pym'
        ? `<h1>Story</h1><p style="height:600px">Lead paragraphs of the newsroom's article.</p><div id="map"></div><script>${PYM}</script>
           <script>new pym.Parent('map', '${baseURL}embed.html#story', { title: 'Map', trackscroll: true });</script><p style="height:900px">More.</p>`
        : `<h1>Story</h1><p style="height:600px">Lead paragraphs.</p><div data-region-explainer-src="${baseURL}embed.html#story"></div>
           <script src="${baseURL}embed.js"></script><p style="height:900px">More.</p>`;
    const frame = await openStoryHost(page, recorded, body);
    // The frame grows to the whole story: the host page scrolls, not a box inside the frame.
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
      .toBeGreaterThan(2000);
    await page.mouse.move(width / 2, 400);

    const seen = new Set<string>();
    let reachedAirstrikes = false;
    let reachedReuters = false;
    // Steps shorter than a passage, so none is skipped.
    for (let step = 0; step < 300 && !(reachedAirstrikes && reachedReuters); step++) {
      await page.mouse.wheel(0, 60);
      await page.waitForTimeout(50);
      const frameTop = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
      if (frameTop > 100) continue; // the frame is still coming into view
      const current = await frame.locator('[data-passage-id][data-current]').getAttribute('data-passage-id');
      if (!current) continue;
      seen.add(current);
      await expect
        .poll(() => embeddedMapOnScreen(page, frame), { timeout: 2000 })
        .toBeGreaterThanOrEqual(0.5);
      if (current === AIRSTRIKES && !reachedAirstrikes) {
        reachedAirstrikes = true;
        await expect.poll(() => highlighted(frame)).toEqual(['south-ossetia']);
      }
      if (current === REUTERS && !reachedReuters) {
        reachedReuters = true;
        await expect.poll(() => highlighted(frame)).toEqual(expect.arrayContaining(['crimea', 'donbass']));
      }
    }
    expect(reachedAirstrikes, `passages read: ${[...seen].join(' ')}`).toBe(true);
    expect(reachedReuters, `passages read: ${[...seen].join(' ')}`).toBe(true);
  });
}

test('without a pym parent, a tall plain iframe still follows the host’s scroll (IntersectionObserver)', async ({
  page,
  recorded,
  baseURL,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  const frame = await openStoryHost(
    page,
    recorded,
    `<p style="height:300px">Lead.</p><iframe title="Map" src="${baseURL}embed.html#story" style="display:block;width:100%;height:4200px;border:0"></iframe><p style="height:600px">More.</p>`,
  );
  await page.mouse.move(500, 400);
  let reached = false;
  for (let step = 0; step < 120 && !reached; step++) {
    await page.mouse.wheel(0, 60);
    await page.waitForTimeout(50);
    reached =
      (await frame.locator('[data-passage-id][data-current]').getAttribute('data-passage-id')) === AIRSTRIKES;
  }
  expect(reached).toBe(true);
  await expect.poll(() => highlighted(frame)).toEqual(['south-ossetia']);
  await expect.poll(() => embeddedMapOnScreen(page, frame)).toBeGreaterThanOrEqual(0.5);
});
