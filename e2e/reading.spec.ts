/**
 * Reading, where readers read: on a phone (375×812) the map stays in view and a choice made
 * anywhere brings its text under it; in a 700 px embed in a newsroom's page the map stays on
 * screen while the passages scroll in their own box, which hands the wheel back to the page
 * at its ends. The page says who published the article and when. Screenshots of each state
 * go to test-results/reading/.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, openMap, openPage, type Recorded, screenPoint, test } from './fixtures.ts';

const OUT = 'test-results/reading';
const PHONE = { width: 375, height: 812 };
const shot = async (page: Page, name: string) => {
  fs.mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/${name}.png` });
};

/** The box of `locator` on the screen, and how much of `height` it shows. */
async function onScreen(locator: Locator, viewportHeight: number) {
  const box = await locator.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
  const visible = Math.max(0, Math.min(box.bottom, viewportHeight) - Math.max(box.top, 0));
  return { ...box, share: visible / box.height };
}

const panelHeading = (page: Page | Frame) => page.locator('#panel-title');
const mapBox = (page: Page | Frame) => page.locator('.explainer__canvas');

/** The heading is fully on screen, below the map, and the map is fully on screen. */
async function expectHeadingUnderMap(page: Page, name: string | RegExp): Promise<void> {
  await expect(panelHeading(page)).toHaveText(name);
  // The heading comes up the frame after the panel paints.
  await expect(async () => {
    const map = await onScreen(mapBox(page), PHONE.height);
    const heading = await onScreen(panelHeading(page), PHONE.height);
    expect(map.share, 'the map is on screen').toBeGreaterThan(0.99);
    expect(heading.top, 'the heading is below the map').toBeGreaterThanOrEqual(map.bottom - 1);
    expect(heading.bottom, 'the heading is on screen').toBeLessThanOrEqual(PHONE.height);
  }).toPass({ timeout: 5_000 });
}

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the first screen shows the map, what to do, the headline, the publisher and the date', async ({
    page,
  }) => {
    await openPage(page);
    await shot(page, 'phone-first-screen');
    expect((await onScreen(mapBox(page), PHONE.height)).share).toBeGreaterThan(0.99);
    const byline = page.locator('[data-byline]');
    await expect(byline).toContainText('Breitbart News');
    await expect(byline).toContainText('22 March 2017');
    expect((await onScreen(byline, PHONE.height)).share).toBe(1);
    // The instruction starts on the first screen.
    expect((await onScreen(page.getByText('Select a region on the map'), PHONE.height)).top).toBeLessThan(
      PHONE.height - 20,
    );
    // The legend is its compact key until opened: two short lines at most.
    const legend = page.locator('.legend');
    expect((await legend.boundingBox())?.height).toBeLessThan(56);
    await legend.locator('summary').click();
    await expect(
      legend.getByText('Held by Russian-backed separatists since 2014 (line as of 2017)'),
    ).toBeVisible();
  });

  test('a region tapped on the map, in the list, in the text or by an event brings its heading under the map', async ({
    page,
  }) => {
    await openPage(page);
    // On the map (the SVG first view takes the tap).
    const crimea = await screenPoint(page, [34.1, 45.3], []);
    await page.touchscreen.tap(crimea.x, crimea.y);
    await expectHeadingUnderMap(page, 'Crimea');
    await shot(page, 'phone-after-map-tap');

    // In the list.
    await page.getByRole('button', { name: 'South Ossetia', exact: true }).click();
    await expectHeadingUnderMap(page, 'South Ossetia');

    // In the text: a mention of another region.
    await page.locator('[data-panel] .mention[data-region-id="russia"]').first().click();
    await expectHeadingUnderMap(page, 'Russia');

    // The whole article: its first words are on the screen under the map.
    await page.getByRole('button', { name: 'Article', exact: true }).click();
    await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'article');
    await expect(async () => {
      const firstWords = await onScreen(page.locator('[data-panel] [data-passage-id="p1"]'), PHONE.height);
      expect(firstWords.top).toBeLessThan(PHONE.height - 40);
      expect(firstWords.top).toBeGreaterThanOrEqual((await onScreen(mapBox(page), PHONE.height)).bottom - 1);
    }).toPass({ timeout: 5_000 });
    await page.getByRole('button', { name: 'South Ossetia', exact: true }).click();
    await expectHeadingUnderMap(page, 'South Ossetia');

    // By an event: its "Show on the map".
    await page.locator('.event .link-button').first().click();
    await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'event');
    await expect(async () => {
      const heading = await onScreen(panelHeading(page), PHONE.height);
      expect(heading.top).toBeGreaterThanOrEqual((await onScreen(mapBox(page), PHONE.height)).bottom - 1);
      expect(heading.bottom).toBeLessThanOrEqual(PHONE.height);
    }).toPass({ timeout: 5_000 });
  });

  test('at the end of a long panel the map is still on screen', async ({ page }) => {
    await openPage(page, './#region=south-ossetia');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await shot(page, 'phone-end-of-south-ossetia');
    expect((await onScreen(mapBox(page), PHONE.height)).share).toBeGreaterThan(0.99);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  });

  test('the embed code is hidden, and out of the Tab order, until asked for', async ({ page }) => {
    await openPage(page);
    const snippet = page.locator('.embed-snippet');
    await expect(snippet.locator('textarea')).toBeHidden();
    await expect(snippet.getByRole('button', { name: 'Copy the code' })).toBeHidden();
    const toggle = snippet.getByRole('button', { name: 'Embed this map' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(snippet.locator('textarea')).toBeVisible();
  });
});

test('no horizontal scroll at 320 px, on the first view or a region', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['./', './#region=south-ossetia', './#article']) {
    await openPage(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await shot(page, 'phone-320-article');
});

/** The newsroom's page: another origin, a 700 px column of text with the map in the middle. */
const HOST = 'http://localhost:4317/newsroom';
const require = createRequire(import.meta.url);
const PYM = fs.readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
const PARAGRAPHS = '<p>Newsroom copy.</p>'.repeat(12);

async function openHost(page: Page, recorded: Recorded, baseURL: string | undefined): Promise<Frame> {
  recorded.allowOrigins.push(HOST);
  await page.route(`${HOST}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title></head>
      <body style="margin:0 auto;width:700px;font:18px/1.6 serif">${PARAGRAPHS}<div id="map"></div>${PARAGRAPHS}
      <script>${PYM}</script><script>new pym.Parent('map', '${baseURL}embed.html', { title: 'Map' });</script></body></html>`,
    }),
  );
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(`${HOST}/story.html`);
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no iframe content');
  await expect(frame.locator('html')).toHaveAttribute('data-view-ready', 'true');
  return frame;
}

const iframeBox = (page: Page) =>
  page.locator('iframe').evaluate((f) => f.getBoundingClientRect().toJSON() as DOMRect);

test.describe('in a 700 px embed', () => {
  test('the frame keeps a reasonable height, and the map stays on screen at the first, middle and last passage', async ({
    page,
    recorded,
    baseURL,
  }) => {
    const frame = await openHost(page, recorded, baseURL);
    await expect.poll(async () => (await iframeBox(page)).height).toBeGreaterThan(500);
    const before = (await iframeBox(page)).height;
    expect(before).toBeLessThanOrEqual(1000);
    await expect(frame.locator('[data-byline]')).toContainText('Breitbart News');

    await frame.getByRole('button', { name: 'South Ossetia', exact: true }).click();
    await expect(frame.locator('[data-panel]')).toHaveAttribute('data-region-id', 'south-ossetia');
    await page.waitForTimeout(300);
    const after = await iframeBox(page);
    expect(after.height, 'the frame does not grow with the text').toBeLessThanOrEqual(1000);
    // pym keeps the frame at the content's height.
    const content = await frame.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    expect(Math.abs(after.height - content)).toBeLessThanOrEqual(2);

    const passages = frame.locator('[data-panel] .passages > li');
    const count = await passages.count();
    expect(count).toBeGreaterThan(10);
    for (const [name, index] of [
      ['first', 0],
      ['middle', Math.floor(count / 2)],
      ['last', count - 1],
    ] as const) {
      // The reader scrolls to the passage: the passages' box and, as far as needed, the page.
      await passages.nth(index).evaluate((e) => e.scrollIntoView({ block: 'nearest' }));
      const frameTop = (await iframeBox(page)).top;
      const map = await mapBox(frame).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
      const top = frameTop + map.top;
      const visible = Math.max(0, Math.min(top + map.height, 800) - Math.max(top, 0));
      const passage = await passages
        .nth(index)
        .evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
      expect(frameTop + passage.top, `${name} passage on screen`).toBeGreaterThanOrEqual(-1);
      expect(visible / map.height, `map on screen at the ${name} passage`).toBeGreaterThanOrEqual(0.5);
      await shot(page, `embed-700-${name}-passage`);
    }
  });

  test('the wheel over the passages scrolls them, then the page at their end: no scroll trap', async ({
    page,
    recorded,
    baseURL,
  }) => {
    const frame = await openHost(page, recorded, baseURL);
    await frame.getByRole('button', { name: 'South Ossetia', exact: true }).click();
    const box = frame.locator('.panel-scroll');
    await box.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    const scrollBox = () => box.evaluate((e) => e.scrollTop);
    const bounds = await box.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const frameTop = (await iframeBox(page)).top;
    const frameLeft = (await iframeBox(page)).left;
    await page.mouse.move(
      frameLeft + bounds.left + bounds.width / 2,
      frameTop + bounds.top + bounds.height / 2,
    );
    await page.mouse.wheel(0, 200);
    await expect.poll(scrollBox).toBeGreaterThan(0);
    // To the end of the passages, then on: the page moves.
    await box.evaluate((e) => {
      e.scrollTop = e.scrollHeight;
    });
    // A new gesture (the browser latches a wheel gesture to the box it started in): the page moves.
    const pageBefore = await page.evaluate(() => window.scrollY);
    await expect(async () => {
      await page.waitForTimeout(700);
      await page.mouse.wheel(0, 300);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(pageBefore);
    }).toPass({ timeout: 15_000 });
    expect(await scrollBox()).toBeGreaterThan(0);
  });
});

test('the furniture: the source line names the publisher, the date and the map data with its as-of date', async ({
  page,
}) => {
  await openMap(page);
  const source = page.locator('.source-line');
  await expect(source).toContainText('Breitbart News');
  await expect(source).toContainText('22 March 2017');
  await expect(source).toContainText('as of 2017');
  await expect(source.getByRole('link', { name: 'Breitbart News' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.breitbart\.com\//,
  );
  // A relative time carries its date, marked as the editor's.
  await page.getByRole('button', { name: 'South Ossetia', exact: true }).click();
  await expect(page.locator('[data-passage-id="p11"] .editor-date')).toContainText('21 March 2017');
  await expect(page.locator('[data-passage-id="p11"] .editor-date abbr')).toHaveText('editor');
});
