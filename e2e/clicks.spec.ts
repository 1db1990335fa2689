/**
 * Every click counts while the page comes to life: a real (trusted) click on a region chip,
 * at moments spread from the first paint to just after the first view is ready, is handled
 * exactly once, whether it lands before the scripts run, while React hydrates part by part,
 * or after. And no route of either page makes React mend its markup.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const MOMENTS = 20;

/** Counts the app's history entries, from before the page's own scripts run. */
async function countPushes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const pushes: string[] = [];
    (window as unknown as { __pushes: string[] }).__pushes = pushes;
    const push = history.pushState.bind(history);
    history.pushState = (state, unused, url) => {
      pushes.push(String(url));
      push(state, unused, url);
    };
  });
}

async function throttle(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** From the chip being on screen (the first paint) to the first view being ready, in ms. */
async function timeToReady(page: Page, path: string): Promise<number> {
  await page.goto(path, { waitUntil: 'commit' });
  const chip = page.getByRole('button', { name: 'Crimea', exact: true });
  await chip.waitFor();
  const shown = Date.now();
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
  return Date.now() - shown;
}

for (const rate of [1, 4])
  for (const path of ['./', './#article'])
    test(`a click at any moment of ${path} coming to life selects once (CPU ${rate}×)`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.setViewportSize({ width: 375, height: 800 });
      await countPushes(page);
      await throttle(page, rate);
      const span = (await timeToReady(page, path)) + 100;
      const outcomes: string[] = [];
      for (let i = 0; i < MOMENTS; i++) {
        const wait = Math.round((span * i) / (MOMENTS - 1));
        await page.goto('about:blank');
        await page.goto(path, { waitUntil: 'commit' });
        const chip = page.getByRole('button', { name: 'Crimea', exact: true });
        await chip.waitFor();
        await page.waitForTimeout(wait);
        const readyBefore = await page.evaluate(() =>
          document.documentElement.hasAttribute('data-view-ready'),
        );
        // Trusted input where the reader sees the chip at that moment (scrolled into view if the page moved it away).
        await chip.click();
        const held = await page.evaluate(
          () => (window as unknown as { __heldClicks?: unknown[] }).__heldClicks?.length ?? 0,
        );
        await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
        // Long enough for a second handling (a replay after React's own) to show.
        await page.waitForTimeout(300);
        const { hash, pushes, region } = await page.evaluate(() => ({
          hash: location.hash,
          pushes: (window as unknown as { __pushes: string[] }).__pushes,
          region: document.querySelector('[data-panel]')?.getAttribute('data-region-id'),
        }));
        outcomes.push(
          `${wait} ms${readyBefore ? ' (ready)' : ''}, ${held} held: ${hash} ${region} ${pushes.join(' ')}`,
        );
        expect(hash, outcomes.at(-1)).toBe('#region=crimea');
        expect(region, outcomes.at(-1)).toBe('crimea');
        expect(pushes, `history entries: ${outcomes.at(-1)}`).toEqual(['#region=crimea']);
      }
      test.info().annotations.push({ type: 'clicks', description: outcomes.join('\n') });
    });

const ROUTES = [
  '',
  '#region=crimea',
  '#region=south-ossetia&passage=p1',
  '#passage=p9',
  '#event=crimea-annexation',
  '#article',
  '#story',
  '#story=p9',
  '#region=georgia&view=russia',
  '#story=p3&view=un&asof=today',
];

for (const file of ['', 'embed.html'])
  test(`${file || 'index.html'} opens cold on every route without an error`, async ({ page }) => {
    test.setTimeout(120_000);
    // The fixture fails the test on any console error: React's hydration errors (#418) among them.
    for (const hash of ROUTES) {
      await page.goto('about:blank');
      await page.goto(`./${file}${hash}`);
      await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
      await page.waitForTimeout(200);
    }
  });
