/**
 * The map inside other people's pages: a host page on another origin (served by the test),
 * using the real pym.js parent from npm, our embed.js loader, or a plain iframe.
 */
import type { Frame, Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../vite.config.ts';
import { expect, openMap, test } from './fixtures.ts';
import { openHost, PYM } from './host.ts';

async function appFrame(page: Page): Promise<Frame> {
  await expect(page.locator('iframe')).toHaveCount(1);
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no iframe content');
  await expect(frame.locator('html')).toHaveAttribute('data-view-ready', 'true');
  return frame;
}

const iframeHeight = (page: Page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);

for (const src of ['embed.html', 'index.html?embed']) {
  test(`a pym.js parent page sizes the iframe (${src}) to the content as it changes`, async ({
    page,
    recorded,
    baseURL,
  }) => {
    await openHost(
      page,
      recorded,
      `<h1>Story</h1><div id="map"></div><script>${PYM}</script>
     <script>new pym.Parent('map', '${baseURL}${src}', { title: 'Map' });</script>`,
    );
    const frame = await appFrame(page);
    // Settled: the story (byline, source line) is in and the frame has its height.
    await expect(frame.locator('[data-byline]')).toContainText('Breitbart News');
    const contentHeight = () =>
      frame.evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0));
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight())))
      .toBeLessThanOrEqual(1);
    const closed = await iframeHeight(page);
    expect(closed).toBeGreaterThan(300);

    // The embed keeps its shape: a long region's passages scroll in their own box.
    await frame.getByRole('button', { name: 'South Ossetia', exact: true }).click();
    await expect(frame.locator('[data-panel]')).toHaveAttribute('data-region-id', 'south-ossetia');
    await page.waitForTimeout(200);
    expect(Math.abs((await iframeHeight(page)) - closed)).toBeLessThanOrEqual(1);
    expect(Math.abs((await iframeHeight(page)) - (await contentHeight()))).toBeLessThanOrEqual(1);
    expect(closed).toBeLessThanOrEqual(1000);
    // The height protocol still follows the content when it does change (here, a block added under the sources).
    await frame.evaluate(() => {
      const note = document.createElement('p');
      note.style.height = '300px';
      document.querySelector('.source-line')?.append(note);
    });
    await expect.poll(() => iframeHeight(page)).toBeGreaterThan(closed + 250);
    expect(Math.abs((await iframeHeight(page)) - (await contentHeight()))).toBeLessThanOrEqual(1);

    await frame.locator('body').press('Escape');
    // No page chrome in the embed, and the attribution stays.
    await expect(frame.locator('.embed-snippet')).toHaveCount(0);
    await expect(frame.locator('.source-line')).toContainText('Natural Earth');
  });
}

test('embed.js turns the placeholder into a titled, lazy, full-width iframe that follows its content', async ({
  page,
  recorded,
  baseURL,
}) => {
  await openHost(
    page,
    recorded,
    `<article style="max-width:700px"><p>Story text.</p>
      <div data-region-explainer-src="${baseURL}embed.html#region=crimea"></div>
      <script src="${baseURL}embed.js" async></script></article>`,
  );
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute(
    'title',
    'Interactive map: Georgia, South Ossetia, Crimea and Donbass',
  );
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  expect(await iframe.evaluate((f) => f.getBoundingClientRect().width)).toBe(700);
  const frame = await appFrame(page);
  await expect(frame.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
  // Settled: the story's furniture is in, and the frame has caught up with its content.
  await expect(frame.locator('[data-byline]')).toContainText('Breitbart News');
  const content = () =>
    frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect
    .poll(async () => Math.abs((await iframeHeight(page)) - (await content())))
    .toBeLessThanOrEqual(2);
  const height = await iframeHeight(page);
  expect(height).toBeGreaterThan(600);
  expect(height).toBeLessThanOrEqual(1000);
  // Its content grows: the frame follows.
  await frame.evaluate(() => {
    const block = document.createElement('p');
    block.style.height = '400px';
    document.querySelector('.source-line')?.append(block);
  });
  await expect.poll(() => iframeHeight(page)).toBeGreaterThan(height + 350);
});

test('a plain iframe without pym still works', async ({ page, recorded, baseURL }) => {
  await openHost(
    page,
    recorded,
    `<iframe title="Map" src="${baseURL}embed.html" style="width:100%;height:900px;border:0"></iframe>`,
  );
  const frame = await appFrame(page);
  await frame.getByRole('button', { name: 'Donbass', exact: true }).click();
  await expect(frame.locator('[data-panel]')).toHaveAttribute('data-region-id', 'donbass');
  expect(await iframeHeight(page)).toBe(900);
});

test('an embed created in a hidden container renders once shown, and after resizes', async ({
  page,
  recorded,
  baseURL,
}) => {
  await openHost(
    page,
    recorded,
    `<button id="show">Show map</button>
     <div id="tab" style="display:none; width:800px"><div data-region-explainer-src="${baseURL}embed.html"></div></div>
     <script src="${baseURL}embed.js"></script>
     <script>document.getElementById('show').onclick = () => { document.getElementById('tab').style.display = 'block'; };</script>`,
  );
  await page.waitForTimeout(500);
  await page.click('#show');
  const frame = await appFrame(page);
  await expect(frame.locator('html')).toHaveAttribute('data-view-ready', 'true');
  await frame.locator('.map-area').hover({ position: { x: 2, y: 2 } });
  await expect(frame.locator('html')).toHaveAttribute('data-map-ready', 'true');
  const canvasMatchesContainer = () =>
    frame.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const box = document.querySelector('.explainer__canvas')?.getBoundingClientRect();
      if (!canvas || !box || box.width === 0) return false;
      return Math.abs(canvas.clientWidth - box.width) < 1 && Math.abs(canvas.clientHeight - box.height) < 1;
    });
  await expect.poll(canvasMatchesContainer).toBe(true);
  await page.locator('#tab').evaluate((el) => {
    (el as HTMLElement).style.width = '500px';
  });
  await expect
    .poll(() =>
      frame.evaluate(() => document.querySelector('.explainer__canvas')?.getBoundingClientRect().width ?? 0),
    )
    .toBeLessThan(500);
  await expect.poll(canvasMatchesContainer).toBe(true);
});

test('inside a page, the wheel scrolls the page; Ctrl+wheel zooms the map, with the hint', async ({
  page,
  recorded,
  baseURL,
}) => {
  await openHost(
    page,
    recorded,
    `<div style="height:300px">Intro</div>
     <div data-region-explainer-src="${baseURL}embed.html?debug=1"></div>
     <div style="height:3000px">More story</div>
     <script src="${baseURL}embed.js"></script>`,
  );
  const frame = await appFrame(page);
  await expect(frame.locator('html')).toHaveAttribute('data-map-ready', 'true');
  const zoom = () => frame.evaluate(() => window.__explainer?.map?.getZoom() ?? -1);
  const before = await zoom();
  // MapLibre shows its "use Ctrl + scroll" hint for a moment only: record that it appeared.
  await frame.evaluate(() => {
    const hint = document.querySelector('.maplibregl-cooperative-gesture-screen');
    if (!hint) throw new Error('no cooperative gesture hint');
    new MutationObserver(() => {
      if (hint.classList.contains('maplibregl-show')) document.documentElement.dataset.hintShown = 'true';
    }).observe(hint, { attributes: true, attributeFilter: ['class'] });
  });
  const canvas = await frame.locator('.maplibregl-canvas').boundingBox();
  await page.mouse.move((canvas?.x ?? 0) + 150, (canvas?.y ?? 0) + 150);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  expect(await zoom()).toBe(before);
  await expect(frame.locator('html')).toHaveAttribute('data-hint-shown', 'true');

  const mapBox = await frame.locator('.maplibregl-canvas').boundingBox();
  await page.mouse.move((mapBox?.x ?? 0) + 100, (mapBox?.y ?? 0) + 100);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(zoom).toBeGreaterThan(before);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('messages from the parent that are not well-formed pym messages are ignored', async ({
  page,
  recorded,
  baseURL,
}) => {
  await openHost(
    page,
    recorded,
    `<div data-region-explainer-src="${baseURL}embed.html"></div><script src="${baseURL}embed.js"></script>`,
  );
  // Every height message the embed sends: a message it accepted would bring one.
  await page.evaluate(() => {
    const heights: string[] = [];
    (window as unknown as { heights: string[] }).heights = heights;
    addEventListener('message', (e) => {
      if (typeof e.data === 'string' && e.data.includes('xPYMxheightxPYMx')) heights.push(e.data);
    });
  });
  const heightsSent = () => page.evaluate(() => (window as unknown as { heights: string[] }).heights.length);
  const frame = await appFrame(page);
  await expect(frame.locator('[data-byline]')).toContainText('Breitbart News');
  // Settled: the embed's own content has stopped changing height (no message for a second).
  let seen = -1;
  await expect
    .poll(
      async () => {
        const now = await heightsSent();
        const quiet = now === seen;
        seen = now;
        return quiet;
      },
      { intervals: [1000] },
    )
    .toBe(true);
  const settled = await iframeHeight(page);
  const before = await heightsSent();
  await page.evaluate(() => {
    const target = document.querySelector('iframe')?.contentWindow;
    const id = 'region-explainer-1';
    for (const message of [
      `pymxPYMx${id}xPYMxwidthxPYMx<img src=x onerror="top.pwned=1">`,
      `pymxPYMx${id}xPYMxnavigateToxPYMxjavascript:top.pwned=1`,
      `pymxPYMx${id}xPYMxscrollToChildPosxPYMx999999`,
      'pymxPYMxsomeone-elsexPYMxwidthxPYMx10',
      '<script>top.pwned=1</script>',
      { toString: () => 'pymxPYMx' }.toString(),
      'x'.repeat(100_000),
      { type: 'width', value: 10 },
    ]) {
      target?.postMessage(message, '*');
    }
  });
  await page.waitForTimeout(300);
  expect(await heightsSent(), 'the embed answered a message it should have ignored').toBe(before);
  // A well-formed width message for this embed is answered: the count above could have moved.
  await page.evaluate(() =>
    document
      .querySelector('iframe')
      ?.contentWindow?.postMessage('pymxPYMxregion-explainer-1xPYMxwidthxPYMx640', '*'),
  );
  await expect.poll(heightsSent).toBe(before + 1);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await frame.evaluate(() => document.body.innerHTML.includes('onerror'))).toBe(false);
  expect(await iframeHeight(page)).toBe(settled);
  await frame.getByRole('button', { name: 'Crimea', exact: true }).click();
  await expect(frame.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
});

test('the app is served under a strict Content-Security-Policy, carries it in a meta tag, and breaks none of it', async ({
  page,
  request,
}) => {
  const response = await request.get('./');
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  expect(CONTENT_SECURITY_POLICY).not.toContain('blob:');
  for (const html of [await response.text(), await (await request.get('./embed.html')).text()]) {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(meta?.replaceAll('&#39;', "'")).toBe(META_CONTENT_SECURITY_POLICY);
    // The meta comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link'));
  }
  // The fixture fails the test on any securitypolicyviolation event: load everything there is.
  await openMap(page, './#region=crimea');
  await page.mouse.wheel(0, -300);
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await page.getByRole('button', { name: 'Embed this map' }).click();
  await expect(page.locator('.embed-snippet textarea')).toHaveValue(/embed\.html#article/);
});

/** The routes an embed may open on, passages far down the page among them. */
const ROUTES = [
  '#passage=p15',
  '#region=crimea&passage=p17',
  '#region=south-ossetia&passage=p16',
  '#event=crimea-annexation',
  '#article',
  '#region=russia',
];

/** A long host page on another origin with the embed at its top, placed by `how`. */
function longHost(baseURL: string, how: 'iframe' | 'embed.js' | 'pym', route: string): string {
  const src = `${baseURL}embed.html${route}`;
  const embed = {
    iframe: `<iframe src="${src}" title="Map" style="width:700px;height:900px;border:0"></iframe>`,
    'embed.js': `<div data-region-explainer-src="${src}"></div><script src="${baseURL}embed.js"></script>`,
    pym: `<div id="map"></div><script>${PYM}</script><script>new pym.Parent('map', '${src}', { title: 'Map', xdomain: '${new URL(baseURL).origin.replaceAll('.', '\\.')}' });</script>`,
  }[how];
  return `<div style="width:700px">${embed}</div><div style="height:5000px">The rest of the story</div>`;
}

for (const how of ['embed.js', 'iframe', 'pym'] as const) {
  const routes = how === 'embed.js' ? ROUTES : ROUTES.slice(0, 2);
  for (const route of routes) {
    test(`an embed opening on ${route} through ${how} never scrolls the host page`, async ({
      page,
      recorded,
      baseURL,
    }) => {
      await openHost(page, recorded, longHost(baseURL ?? '', how, route));
      const frame = await appFrame(page);
      await expect(frame.locator('[data-panel]')).not.toHaveAttribute('data-panel', 'intro');
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }
}

test('embed.js says nothing in the host page’s console', async ({ page, recorded, baseURL }) => {
  const said: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') said.push(`${m.type()}: ${m.text()}`);
  });
  await openHost(
    page,
    recorded,
    `<div data-region-explainer-src="${baseURL}embed.html"></div><script src="${baseURL}embed.js"></script>`,
  );
  await appFrame(page);
  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForTimeout(500);
  expect(said).toEqual([]);
});
