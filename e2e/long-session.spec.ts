/**
 * A long session of random reader actions: no uncaught error or console error (the fixture
 * checks), the URL and the panel always agree, and the JS heap does not grow. npm test runs
 * 150 steps; LONG_SESSION_STEPS=1000 npm run test:e2e runs the full session.
 */
import type { Page } from '@playwright/test';
import { expect, openMap, test } from './fixtures.ts';
import { heapBytes } from './heap.ts';

const STEPS = Number(process.env.LONG_SESSION_STEPS ?? 150);
const WARM_UP = 20;

/** A small seeded generator, so a failing session can be replayed (SEED=…). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Action = (page: Page, pick: (n: number) => number) => Promise<string>;

const ACTIONS: Action[] = [
  async (page, pick) => {
    const buttons = page.locator('.region-list button[data-region-id]');
    const i = pick(await buttons.count());
    await buttons.nth(i).click();
    return `select #${i}`;
  },
  async (page) => {
    await page.keyboard.press('Escape');
    return 'escape';
  },
  async (page, pick) => {
    const mentions = page.locator('[data-panel] .mention');
    const n = await mentions.count();
    if (n === 0) return 'no mention';
    const i = pick(Math.min(n, 40));
    await mentions.nth(i).click();
    return `mention #${i}`;
  },
  async (page) => {
    await page.locator('.region-list button[data-view="article"]').click();
    return 'article';
  },
  async (page, pick) => {
    const width = 320 + pick(1081);
    await page.setViewportSize({ width, height: 800 });
    return `resize ${width}`;
  },
  async (page) => {
    await page.goBack({ waitUntil: 'commit' }).catch(() => null);
    return 'back';
  },
  async (page) => {
    await page.goForward({ waitUntil: 'commit' }).catch(() => null);
    return 'forward';
  },
];

/** What the URL says, and what the panel shows: they must agree. */
async function agreement(page: Page): Promise<{ url: string; panel: string }> {
  return page.evaluate(() => {
    const params = new URLSearchParams(location.hash.slice(1));
    const panel = document.querySelector('[data-panel]');
    const kind = panel?.getAttribute('data-panel') ?? 'none';
    const url = params.get('region')
      ? `region ${params.get('region')}`
      : params.get('event')
        ? `event ${params.get('event')}`
        : params.has('passage') || params.has('article')
          ? 'article'
          : 'intro';
    const shown =
      kind === 'region'
        ? `region ${panel?.getAttribute('data-region-id')}`
        : kind === 'event'
          ? `event ${panel?.getAttribute('data-event-id')}`
          : kind;
    return { url, panel: shown };
  });
}

test(`${STEPS} random interactions: no error, URL and panel agree, heap stays flat`, async ({ page }) => {
  test.setTimeout(120_000 + STEPS * 1_500);
  const seed = Number(process.env.SEED ?? 20261128);
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  await openMap(page);

  let baseline = 0;
  const log: string[] = [];
  for (let step = 0; step < STEPS + WARM_UP; step++) {
    if (step === WARM_UP) baseline = await heapBytes(page);
    const action = ACTIONS[pick(ACTIONS.length)];
    if (!action) continue;
    log.push(await action(page, pick));
    await expect
      .poll(
        async () => {
          const { url, panel } = await agreement(page);
          return url === panel ? 'agree' : `URL says ${url}, panel shows ${panel}`;
        },
        { message: `after step ${step} (seed ${seed}): ${log.slice(-5).join(', ')}`, timeout: 5_000 },
      )
      .toBe('agree');
  }
  const growth = (await heapBytes(page)) - baseline;
  console.log(
    `long session: ${STEPS} steps (seed ${seed}), heap growth ${(growth / 1024 / 1024).toFixed(2)} MB`,
  );
  expect(growth).toBeLessThan(5 * 1024 * 1024);
});
