/**
 * Whatever goes wrong around it, the page stays up, says what failed, and keeps the reader's
 * place: broken data files, hostile content, a lost graphics context, a long session.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import type { Story } from '../app/story/schema.ts';
import { expect, openMap, openMapWithHandle, openPage, test } from './fixtures.ts';

const ROOT = path.join(import.meta.dirname, '..', 'public');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

type Breakage = [string, (route: Route, original: string) => Promise<void>, RegExp];
const BREAKAGES: Breakage[] = [
  [
    'missing (404)',
    (route) => route.fulfill({ status: 404, body: 'Not found' }),
    /could not be loaded \(HTTP 404\)/,
  ],
  [
    'truncated',
    (route, original) => route.fulfill({ body: original.slice(0, original.length / 2) }),
    /is not valid JSON/,
  ],
  ['not JSON', (route) => route.fulfill({ body: '<html>Oops</html>' }), /is not valid JSON/],
  [
    'JSON of the wrong shape',
    (route) => route.fulfill({ json: { type: 'Feature', features: 'none' } }),
    /does not have the expected shape: at /,
  ],
];

const FILES: { file: string; url: string; keeps: (page: Page) => Promise<void> }[] = [
  {
    file: 'data/regions.geojson',
    url: '**/data/regions.geojson',
    // No map and no region list without the regions; the article still reads.
    keeps: async (page) => {
      await page.getByRole('button', { name: 'Article', exact: true }).click();
      await expect(page.locator('[data-panel="article"] [data-passage-id]')).toHaveCount(18);
    },
  },
  {
    file: 'data/borders.geojson',
    url: '**/data/borders.geojson',
    keeps: async (page) => {
      await page.getByRole('button', { name: 'Crimea', exact: true }).click();
      await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
      await expect(page.locator('[data-svg-map] path[data-region-id="crimea"]')).toHaveCount(1);
    },
  },
  {
    file: 'data/places.geojson',
    url: '**/data/places.geojson',
    keeps: async (page) => {
      await page.getByRole('button', { name: 'Donbass', exact: true }).click();
      await expect(page.locator('[data-panel] [data-passage-id="p17"]')).toBeVisible();
    },
  },
  {
    file: 'content/article.json',
    url: '**/content/article.json',
    // The map and the region list work without the article.
    keeps: async (page) => {
      await page.getByRole('button', { name: 'Georgia', exact: true }).click();
      await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'georgia');
      await expect(page.locator('[data-svg-map] path[data-region-id="georgia"]')).toHaveCount(1);
    },
  },
];

for (const { file, url, keeps } of FILES) {
  for (const [what, fulfil, message] of BREAKAGES) {
    test(`${file} ${what}: a message naming it, and the rest works`, async ({ page, recorded }) => {
      recorded.allowErrors.push(/HTTP 404/);
      const original = read(file);
      await page.route(url, (route) => fulfil(route, original));
      let thrown = 0;
      page.on('pageerror', () => thrown++);
      await page.goto('./');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(path.basename(file));
      await expect(alert).toContainText(message);
      await keeps(page);
      expect(thrown).toBe(0);
    });
  }
}

test('content naming a region the map does not have: a message with the path, and the map works', async ({
  page,
}) => {
  const story = JSON.parse(read('content/article.json')) as Story;
  const mention = story.passages[1]?.mentions[0];
  if (mention) mention.region = 'narnia';
  await page.route('**/content/article.json', (route) => route.fulfill({ json: story }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    'at passages[1].mentions[0].region: unknown region "narnia"',
  );
  await page.getByRole('button', { name: 'Crimea', exact: true }).click();
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
});

test('hostile content is shown as text and nothing runs', async ({ page }) => {
  const attacks = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    'javascript:window.__pwned=1',
  ];
  const long = `Crimea ${'Ω'.repeat(4_990)}`; // a word as long as a passage may be
  const story = JSON.parse(read('content/article.json')) as Story;
  story.title = attacks.join(' ');
  story.passages[0] = { id: 'p0', text: `${attacks.join(' ')} Crimea`, mentions: [], implicit: [] };
  const at = story.passages[0].text.lastIndexOf('Crimea');
  story.passages[0].mentions.push({ region: 'crimea', start: at, end: at + 6, text: 'Crimea' });
  story.passages.push({
    id: 'p99',
    text: long,
    mentions: [{ region: 'crimea', start: 0, end: 6, text: 'Crimea' }],
    implicit: [],
  });
  const event = story.events[0];
  if (event) {
    event.summary = attacks[0] ?? '';
    event.when = attacks[2] ?? '';
    // Not the article's words: marked as the editor's, which the schema requires.
    event.whenBy = 'editor';
    event.regions.push('crimea');
    event.passage = 'p99';
  }
  const regions = JSON.parse(read('data/regions.geojson'));
  const crimea = regions.features.find((f: { id: string }) => f.id === 'crimea');
  crimea.properties.name = `${attacks[1]}Crimea`;
  crimea.properties.status = attacks[0];
  await page.route('**/content/article.json', (route) => route.fulfill({ json: story }));
  await page.route('**/data/regions.geojson', (route) => route.fulfill({ json: regions }));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    return d.dismiss();
  });
  await openMap(page, './#region=crimea');
  const panel = page.locator('[data-panel]');
  await expect(panel.locator('h2')).toHaveText(`${attacks[1]}Crimea`);
  await expect(panel.locator('.panel__status')).toHaveText(attacks[0] ?? '');
  await expect(page.locator('h1')).toContainText(attacks[1] ?? '');
  await expect(panel.locator('[data-passage-id="p99"]')).toContainText('ΩΩΩ');
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await expect(page.locator('[data-panel] [data-passage-id="p0"]')).toContainText(attacks[0] ?? '');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], #root script').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(dialogs).toBe(0);
});

test('hash values outside the known ids are ignored without an error', async ({ page }) => {
  await openPage(page, './#region=crimea');
  for (const hash of [
    '#region=<script>',
    '#passage=p99999',
    '#event=%3Cimg%20src%3Dx%3E',
    `#region=${'a'.repeat(5000)}`,
    '#%E0%A4%A',
  ]) {
    await page.evaluate((h) => {
      location.hash = h;
    }, hash);
    await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'intro');
  }
});

test('a lost WebGL context falls back to the SVG map and keeps the selection', async ({ page }) => {
  await openMap(page, './#region=south-ossetia');
  await page.evaluate(() => {
    const gl = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')?.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  await expect(page.locator('[data-svg-map] svg')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('graphics context was lost');
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'south-ossetia');
  await expect(page.locator('[data-svg-map] path[data-region-id="south-ossetia"]')).toHaveCount(1);
  // The broken map is gone for good: it does not come back over the drawing.
  await page.waitForTimeout(1000);
  await expect(page.locator('.maplibregl-map')).toHaveCount(0);
  await expect(page.locator('[data-svg-map] svg')).toBeVisible();
  await page.getByRole('button', { name: 'Crimea', exact: true }).click();
  await expect(page).toHaveURL(/#region=crimea$/);
});

test('a MapLibre error is reported in the page, not swallowed', async ({ page }) => {
  await openMapWithHandle(page);
  await page.evaluate(() => {
    window.__explainer?.map?.fire('error', { error: new Error('tile source exploded') });
  });
  await expect(page.getByRole('alert')).toContainText('Map: tile source exploded');
});

test('a part that fails is replaced by a message with a retry; the rest keeps working', async ({
  page,
  recorded,
}) => {
  recorded.allowErrors.push(/HTTP 503|Failed to fetch dynamically imported module/);
  // A real fault: the article's code does not arrive (a deploy in progress, a flaky network).
  let failing = true;
  await page.route('**/assets/ArticleView-*.js', (route) =>
    failing ? route.fulfill({ status: 503, body: 'Unavailable' }) : route.continue(),
  );
  await openPage(page, './#region=crimea');
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  const failed = page.locator('[data-part-error="The article"]');
  await expect(failed).toContainText('The article could not be shown');
  await expect(page.locator('.problems')).toContainText('The article failed');
  // The map and the region list still work.
  await page.getByRole('button', { name: 'Donbass', exact: true }).click();
  await expect(page).toHaveURL(/#region=donbass$/);
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'donbass');
  await expect(page.locator('[data-svg-map] [data-selected="donbass"]')).toHaveCount(1);
  // Back to the article: still failing, still the message; once the code arrives, Try again shows it.
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await expect(failed).toContainText('The article could not be shown');
  failing = false;
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'article');
});

test('when the MapLibre code cannot be downloaded, the drawing stays, usable, and the page says why', async ({
  page,
  recorded,
}) => {
  recorded.allowErrors.push(/HTTP 503|Failed to fetch dynamically imported module/);
  await page.route('**/assets/MapView-*.js', (route) => route.fulfill({ status: 503, body: 'Unavailable' }));
  await openPage(page, './#region=crimea');
  await page.locator('.map-area').hover({ position: { x: 2, y: 2 } });
  await expect(page.getByRole('alert')).toContainText('Map: the interactive map could not be loaded');
  await expect(page.getByRole('note')).toContainText('simpler drawing');
  await expect(page.locator('[data-svg-map] path[data-region-id="crimea"]')).toHaveCount(1);
  await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
  await expect(page.locator('html')).not.toHaveAttribute('data-map-ready', 'true');
  await page.getByRole('button', { name: 'Georgia', exact: true }).click();
  await expect(page).toHaveURL(/#region=georgia$/);
});

test('a coordinate out of range is refused with the file, the path and the rule, and nothing throws', async ({
  page,
}) => {
  const regions = JSON.parse(read('data/regions.geojson'));
  const index = regions.features.findIndex((f: { id: string }) => f.id === 'crimea');
  regions.features[index].properties.label = [34, 1000];
  await page.route('**/data/regions.geojson', (route) => route.fulfill({ json: regions }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(
    `regions.geojson: does not have the expected shape: at features[${index}].properties.label[1]: a latitude is between -90 and 90`,
  );
});

test('Infinity in a ring (1e400 in the file) is refused, and nothing reaches either map', async ({
  page,
}) => {
  const text = read('data/regions.geojson');
  const regions = JSON.parse(text);
  const index = regions.features.findIndex((f: { id: string }) => f.id === 'crimea');
  const [x] = regions.features[index].geometry.coordinates[0][1];
  const broken = text.replace(String(x), '1e400');
  await page.route('**/data/regions.geojson', (route) =>
    route.fulfill({ body: broken, contentType: 'application/json' }),
  );
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('expected a finite longitude');
  await expect(page.locator('[data-svg-map] path[d*="Infinity"]')).toHaveCount(0);
});

for (const width of [320, 1280]) {
  test(`long words, a long title and a flood of combining marks stay in their boxes at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const story = JSON.parse(read('content/article.json')) as Story;
    story.title = 'Ω'.repeat(500);
    const flood = `Crimea a${'\u0301'.repeat(3_000)} ${'x'.repeat(1_900)}`;
    story.passages.push({
      id: 'p99',
      text: flood,
      mentions: [{ region: 'crimea', start: 0, end: 6, text: 'Crimea' }],
      implicit: [],
    });
    await page.route('**/content/article.json', (route) => route.fulfill({ json: story }));
    await openPage(page, './#region=crimea');
    await expect(page.locator('[data-panel] [data-passage-id="p99"]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.getByRole('button', { name: 'Article', exact: true }).click();
    await expect(page.locator('[data-panel] [data-passage-id="p99"]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('embed.html at 320 px does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openPage(page, './embed.html#region=south-ossetia');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const map = await page.locator('.map-area').boundingBox();
  expect((map?.x ?? 0) + (map?.width ?? 0)).toBeLessThanOrEqual(320);
});

/** The seed story with something made too big: each is refused quickly, with the limit named. */
const OVERSIZED: [string, () => unknown, RegExp][] = [
  [
    'a 23 MB story (huge event summaries)',
    () => {
      const story = JSON.parse(read('content/article.json')) as Story;
      for (const event of story.events) event.summary = 'x'.repeat(Math.ceil(23e6 / story.events.length));
      return story;
    },
    /article\.json: is (23(\.\d)? MB|more than 2 MB), over the 2 MB limit for this file/,
  ],
  [
    'a story with one 1 MB summary',
    () => {
      const story = JSON.parse(read('content/article.json')) as Story;
      const [event] = story.events;
      if (event) event.summary = 'x'.repeat(1e6);
      return story;
    },
    /at events\[0\]\.summary: at most 280 characters in an event's summary \(the story limit\)/,
  ],
  [
    'a story with 10,000 events',
    () => {
      const story = JSON.parse(read('content/article.json')) as Story;
      story.events = Array.from({ length: 10_000 }, (_, i) => ({
        id: `event-${i}`,
        summary: 'Crimea.',
        regions: ['crimea'],
        passage: 'p1',
        when: null,
        review: 'curated' as const,
      }));
      return story;
    },
    /at events: at most 200 events \(the story limit\)/,
  ],
];

for (const [what, make, message] of OVERSIZED)
  test(`${what} is refused within a second, naming the limit, and the map works`, async ({ page }) => {
    const body = JSON.stringify(make());
    await page.route('**/content/article.json', (route) =>
      route.fulfill({ body, contentType: 'application/json' }),
    );
    // Timed in the page: from the story's response starting (an oversized file is refused
    // without waiting for its body) to the message showing.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[role="alert"]')?.textContent?.includes('article.json')) return;
        (window as unknown as { __refusedAt: number }).__refusedAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    const ms = await page.evaluate(() => {
      const [story] = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('/content/article.json'));
      const refused = (window as unknown as { __refusedAt?: number }).__refusedAt;
      return story && refused ? refused - (story as PerformanceResourceTiming).responseStart : Number.NaN;
    });
    expect(ms, 'ms from the file starting to arrive to the message').toBeLessThan(1000);
    await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
    await page.getByRole('button', { name: 'Crimea', exact: true }).click();
    await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
    await expect(page.locator('[data-svg-map] [data-selected="crimea"]')).toHaveCount(1);
  });

test('a key event whose target is not an element throws nothing', async ({ page }) => {
  let thrown = 0;
  page.on('pageerror', () => thrown++);
  await openPage(page, './#story');
  await page.evaluate(() => {
    for (const target of [document, window])
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
  });
  await expect(page).toHaveURL(/#story=p\d+/);
  expect(thrown).toBe(0);
});
