/**
 * The first view is in the served HTML (scripts/prerender.tsx): the map drawn, the region
 * list as buttons, the headline, the legend, and the whole article for readers without
 * scripts. Scripts then hydrate it: the same nodes come to life, nothing is painted twice,
 * nothing moves, React finds nothing to mend, and nothing the reader did meanwhile is lost.
 */
import type { Page } from '@playwright/test';
import { palettes } from '../app/cartography/palette.ts';
import { DEV_BUILD_PORT } from '../playwright.config.ts';
import { readStoryFile } from '../scripts/card.ts';
import { expect, openPage, publishedGeo, test } from './fixtures.ts';

const PAGES = ['index.html', 'embed.html'] as const;
const story = readStoryFile(publishedGeo());
const clickable = publishedGeo().regions.features.filter((f) => f.properties.clickable);
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Holds the page's own script back until `release` is called: the built page as it looks before it runs. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

for (const file of PAGES) {
  test(`${file} as served carries the drawing, the region buttons, the headline, the legend and the whole article`, async ({
    request,
  }) => {
    const html = await (await request.get(file)).text();
    const root = html.slice(html.indexOf('<div id="root" data-built="'), html.indexOf('<article'));
    expect(root.length, 'the first view in #root').toBeGreaterThan(1000);
    expect(root).toMatch(/<svg [^>]*role="img"/);
    const regionPaths = root.match(/<path [^>]*data-region-id="/g) ?? [];
    expect(regionPaths.length, 'regions drawn').toBe(publishedGeo().regions.features.length);
    for (const f of clickable)
      expect(root, `a button for ${f.properties.name}`).toMatch(
        new RegExp(`<button [^>]*data-region-id="${f.id}"[^>]*>${escapeHtml(f.properties.name)}</button>`),
      );
    expect(root).toContain(`<h1 class="explainer__title">`);
    expect(root).toContain(escapeHtml(story.title));
    expect(root).toMatch(/<details class="legend"/);
    // Every passage after the headline, verbatim, in the article for readers without scripts.
    const article = html.slice(html.indexOf('<article'));
    for (const passage of story.passages.slice(1))
      expect(article).toContain(`<p>${escapeHtml(passage.text)}</p>`);
    // The policy forbids inline style: a style attribute would be refused (and reported).
    expect(html).not.toMatch(/\sstyle="/);
  });

  test(`${file} without JavaScript shows the map, the list and the article`, async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 812 },
    });
    const page = await context.newPage();
    await page.goto(file);
    const map = page.locator('#root svg[role="img"]');
    await expect(map).toBeVisible();
    expect((await map.boundingBox())?.height ?? 0).toBeGreaterThan(200);
    for (const f of clickable)
      await expect(page.getByRole('button', { name: f.properties.name, exact: true })).toBeVisible();
    const article = page.locator('article.static-article');
    await expect(article).toBeVisible();
    await expect(article.locator('p')).toHaveCount(story.passages.length - 1);
    await expect(page.locator('.noscript-note')).toBeVisible();
    await context.close();
  });
}

test('the built drawing takes the page’s colours before any script runs, light and dark', async ({
  browser,
}) => {
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: theme });
    const page = await context.newPage();
    await page.goto('./');
    const sea = await page.locator('#root svg[role="img"] > rect').evaluate((r) => getComputedStyle(r).fill);
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(palettes[theme].sea.slice(i, i + 2), 16));
    expect(sea, theme).toBe(`rgb(${r}, ${g}, ${b})`);
    await context.close();
  }
});

interface Shift {
  at: number;
  value: number;
  moved: string[];
}

/**
 * An init script: the page's layout shifts without recent input, in `window.__shifts`, each
 * with when it happened and what moved (element, its box before and after), so a failure says
 * what moved and not only how much.
 */
function recordLayoutShifts(): void {
  const w = window as unknown as { __shifts: Shift[] };
  w.__shifts = [];
  type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
  type Entry = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] };
  const box = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  const name = (node?: Node) => {
    if (!(node instanceof Element)) return node?.nodeName ?? '?';
    const classes = node.getAttribute('class');
    return `${node.nodeName.toLowerCase()}${classes ? `.${classes.split(' ').join('.')}` : ''} "${(node.textContent ?? '').slice(0, 24)}"`;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as Entry[])
      if (!e.hadRecentInput)
        w.__shifts.push({
          at: Math.round(e.startTime),
          value: e.value,
          moved: (e.sources ?? []).map(
            (s) => `${name(s.node)} ${box(s.previousRect)} -> ${box(s.currentRect)}`,
          ),
        });
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The shifts `recordLayoutShifts` saw: their sum, and what moved, for the failure message. */
async function layoutShift(page: Page): Promise<{ shift: number; moved: string }> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  return { shift: shifts.reduce((sum, s) => sum + s.value, 0), moved: JSON.stringify(shifts, null, 1) };
}

for (const width of [375, 1280]) {
  test(`at ${width} px, scripts bring the built page to life: the same nodes, no layout shift, then it works`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    // The nodes the server sent, taken before any script of the page runs.
    await page.addInitScript(recordLayoutShifts);
    await page.addInitScript(() => {
      const w = window as unknown as { __built: Element[] };
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        w.__built = [
          ...document.querySelectorAll(
            '#root h1, #root svg[role="img"], #root button[data-region-id], #root details',
          ),
        ];
      });
    });
    await openPage(page);
    const kept = await page.evaluate(() => {
      const built = (window as unknown as { __built: Element[] }).__built;
      return { count: built.length, connected: built.filter((e) => e.isConnected).length };
    });
    expect(kept.count).toBe(1 + 1 + clickable.length + 1);
    expect(kept.connected, 'built nodes still in the page after hydration').toBe(kept.count);
    await page.waitForTimeout(500);
    const { shift, moved } = await layoutShift(page);
    expect(shift, `layout shift while the page came to life: ${moved}`).toBeLessThanOrEqual(0.01);
    // React owns the built buttons: a choice opens its panel.
    await page.getByRole('button', { name: 'Crimea', exact: true }).click();
    await expect(page.locator('#panel-title')).toHaveText('Crimea');
  });
}

test('a deep link opens its panel once the built page comes to life', async ({ page }) => {
  await openPage(page, './#region=abkhazia');
  await expect(page.locator('#panel-title')).toHaveText('Abkhazia');
  await expect(page.locator('.map-area')).toHaveAttribute('data-highlighted', 'abkhazia');
});

test('a click on the built list before the scripts have run is made once they have', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('./', { waitUntil: 'commit' });
  // boot.js, requested with the page and a few hundred bytes, keeps clicks from its arrival.
  await page.waitForFunction(() => '__heldClicks' in window);
  const button = page.getByRole('button', { name: 'South Ossetia', exact: true });
  await button.click();
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-view-ready'))).toBe(false);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
  await expect(page.locator('#panel-title')).toHaveText('South Ossetia');
});

test('React finds nothing to mend when it hydrates the built pages (development build, which names every mismatch)', async ({
  browser,
  recorded,
}) => {
  const base = `http://127.0.0.1:${DEV_BUILD_PORT}/`;
  recorded.allowOrigins.push(base);
  for (const file of PAGES)
    for (const [width, theme] of [
      [375, 'dark'],
      [1280, 'light'],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: theme });
      const page = await context.newPage();
      const said: string[] = [];
      let developmentReact = false;
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') said.push(m.text().slice(0, 400));
        if (m.text().includes('React DevTools')) developmentReact = true;
      });
      page.on('pageerror', (e) => said.push(e.message));
      await page.goto(`${base}${file}`);
      await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
      expect(await page.evaluate(() => document.querySelector('#root')?.hasAttribute('data-built'))).toBe(
        true,
      );
      await page.waitForTimeout(300);
      // Only React's development build greets the console: this is the build that names mismatches.
      expect(developmentReact, 'React’s development build').toBe(true);
      expect(said, `${file} at ${width} px, ${theme}`).toEqual([]);
      await context.close();
    }
});

test('a page whose files changed after the build is drawn afresh from them, not hydrated over', async ({
  page,
  request,
}) => {
  // Crimea moved a degree east: the same markup but for one path, which a production build's
  // hydration would not notice (it leaves attributes as the server sent them).
  const regions = JSON.parse(await (await request.get('data/regions.geojson')).text());
  const crimea = regions.features.find((f: { id: string }) => f.id === 'crimea');
  type Coordinates = number | Coordinates[];
  const shift = (c: Coordinates[]): Coordinates[] =>
    typeof c[0] === 'number' ? [c[0] + 1, ...c.slice(1)] : c.map((inner) => shift(inner as Coordinates[]));
  crimea.geometry.coordinates = shift(crimea.geometry.coordinates);
  crimea.bbox = crimea.bbox.map((n: number, i: number) => (i % 2 === 0 ? n + 1 : n));
  await page.route('**/data/regions.geojson', (route) => route.fulfill({ json: regions }));
  const built = (await (await request.get('./')).text()).match(
    /<path d="([^"]+)" data-region-id="crimea"/,
  )?.[1];
  expect(built).toBeTruthy();
  await openPage(page);
  await expect(page.locator('.problems')).toHaveCount(0);
  const drawn = await page.locator('#root svg[role="img"] path[data-region-id="crimea"]').getAttribute('d');
  expect(drawn).not.toBe(built);
  expect(await page.locator('#root').getAttribute('data-built')).toBeNull();
});

test.describe('a deep link at 375 px under 4× CPU', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  for (const route of [
    '#region=crimea',
    '#story=p9',
    '#passage=p3',
    '#event=crimea-annexation',
    '#article',
  ]) {
    test(`${route} paints no opening text before its own view, and shifts nothing`, async ({ page }) => {
      await page.addInitScript(recordLayoutShifts);
      await page.addInitScript(() => {
        const w = window as unknown as { __openingSeen: boolean };
        w.__openingSeen = false;
        // Every frame until the view is ready: is the opening's text on screen?
        const look = () => {
          const intro = document.querySelector('.panel[data-panel="intro"]');
          if (
            intro &&
            getComputedStyle(intro).visibility === 'visible' &&
            intro.getBoundingClientRect().height > 0
          )
            w.__openingSeen = true;
          if (!document.documentElement.hasAttribute('data-view-ready')) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await openPage(page, `./${route}`);
      await page.waitForTimeout(500);
      const openingSeen = await page.evaluate(
        () => (window as unknown as { __openingSeen: boolean }).__openingSeen,
      );
      expect(openingSeen, 'the opening’s text was on screen before the route’s view').toBe(false);
      const { shift, moved } = await layoutShift(page);
      expect(shift, `layout shift: ${moved}`).toBeLessThanOrEqual(0.01);
      await expect(page.locator('.panel[data-panel="intro"]')).toHaveCount(0);
    });
  }
});
