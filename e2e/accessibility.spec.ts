/**
 * Every reader can use it: axe finds nothing in the main states, the keyboard reaches and
 * works everything, selections are announced once, targets are large enough, and camera
 * moves are instant for readers who ask for reduced motion.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mapLabel } from '../app/map/description.ts';
import { readGeo } from '../geo/published.ts';
import { expect, openMap, openMapWithHandle, openPage, test } from './fixtures.ts';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

const panel = (page: Page) => page.locator('[data-panel]');

const DARK = 'rgb(18, 20, 23)';
const LIGHT = 'rgb(255, 255, 255)';

/** Opens `url`, checks the page is in the expected colour scheme, and runs axe on it. */
async function expectThemedAndClean(page: Page, url: string, background: string): Promise<void> {
  await openMap(page, url);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
    background,
  );
  await expectNoAxeViolations(page);
}

test.describe('axe finds no violations', () => {
  test('initial view, SVG map', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
    await expectNoAxeViolations(page);
  });

  test('initial view, MapLibre map', async ({ page }) => {
    await openMap(page);
    await expectNoAxeViolations(page);
  });

  test('story mode, at a passage', async ({ page }) => {
    await openMap(page, './#story=p9');
    await expect(page.locator('[data-panel="story"]')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("another party's view, with its legend and sources", async ({ page }) => {
    await openMap(page, './#region=crimea&view=russia');
    await expect(page.locator('.view-switch')).toHaveAttribute('data-view', 'russia');
    await expectNoAxeViolations(page);
  });

  test('region selected', async ({ page }) => {
    await openMap(page, './#region=south-ossetia');
    await expect(panel(page)).toHaveAttribute('data-region-id', 'south-ossetia');
    await expectNoAxeViolations(page);
  });

  test('Article view', async ({ page }) => {
    await openMap(page, './#passage=p17');
    await expect(panel(page)).toHaveAttribute('data-panel', 'article');
    await expectNoAxeViolations(page);
  });

  test('event view', async ({ page }) => {
    await openMap(page, './#event=crimea-annexation');
    await expect(panel(page)).toHaveAttribute('data-panel', 'event');
    await expectNoAxeViolations(page);
  });

  test.describe('narrow viewport', () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test('region selected at 320 px', async ({ page }) => {
      await openMap(page, './#region=crimea');
      await expectNoAxeViolations(page);
    });
  });

  test.describe('dark scheme', () => {
    test.use({ colorScheme: 'dark' });
    test('prefers-color-scheme: dark, region selected', async ({ page }) => {
      await expectThemedAndClean(page, './#region=georgia', DARK);
    });
    test('?theme=light overrides a dark preference', async ({ page }) => {
      await expectThemedAndClean(page, './?theme=light#article', LIGHT);
    });
  });

  test('?theme=dark overrides a light preference', async ({ page }) => {
    await expectThemedAndClean(page, './?theme=dark#passage=p3', DARK);
  });
});

test('keyboard only, as readers get the page: the map is the first Tab stop and its keys work at once', async ({
  page,
}) => {
  await openPage(page);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el
        ? `${el.tagName.toLowerCase()}${el.getAttribute('data-region-id') ? `[${el.getAttribute('data-region-id')}]` : ''}${el.classList.contains('maplibregl-canvas') ? '.canvas' : ''}`
        : '';
    });
  // The first stop is the map, with its name.
  await page.keyboard.press('Tab');
  expect(await focused()).toBe('svg');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', mapLabel(readGeo()));
  // Focusing it brings in the interactive map, and focus lands on its canvas, named the same.
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
  await expect(page.locator('.maplibregl-canvas')).toBeFocused();
  await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', mapLabel(readGeo()));

  // The arrow keys pan at once: the names on the map move left as the map pans east.
  const moscow = page.locator('.map-label', { hasText: 'Moscow' });
  const before = (await moscow.boundingBox())?.x ?? 0;
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await moscow.boundingBox())?.x ?? before).toBeLessThan(before - 10);

  // Tab goes on through the map's zoom buttons to the region list, past nothing hidden.
  const visited: string[] = [];
  for (let i = 0; i < 8 && !visited.at(-1)?.startsWith('button['); i++) {
    await page.keyboard.press('Tab');
    visited.push(await focused());
  }
  expect(visited.at(-1)).toBe('button[russia]');
  expect(visited).not.toContain('textarea');

  // Arrow keys move between regions; Enter selects.
  await page.locator('.region-list button[data-region-id="russia"]').focus();
  for (const expected of ['ukraine', 'georgia', 'donbass', 'crimea']) {
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(`button[${expected}]`);
  }
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAttribute('data-region-id', 'crimea');
  await expect(page.locator('[data-announcer]')).toHaveText('Crimea selected: 1 passage, 1 event.');

  // Focus moves on to the panel's heading, and from there into the passage.
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-to-panel')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#panel-title')).toBeFocused();
  await expect(page.locator('#panel-title')).toHaveText('Crimea');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-region-id', 'russia');
  await expect(panel(page).locator('[data-passage-id="p17"]')).toBeVisible();

  // Focus is visible wherever it is.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');

  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveAttribute('data-panel', 'intro');
});

test('Shift+Tab leaves the region list: focus is never trapped', async ({ page }) => {
  await openMap(page);
  await page.locator('.region-list button[data-region-id="georgia"]').focus();
  await page.keyboard.press('ArrowLeft'); // the list's Tab stop follows the arrow keys
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.region-list'))).toBeNull();
});

test('one announcement per selection', async ({ page }) => {
  await openMap(page);
  await page.evaluate(() => {
    const status = document.querySelector('[data-announcer]');
    const seen: string[] = [];
    (window as unknown as { announced: string[] }).announced = seen;
    if (status)
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
  });
  await page.getByRole('button', { name: 'Donbass', exact: true }).click();
  await expect(panel(page)).toHaveAttribute('data-region-id', 'donbass');
  await page.mouse.move(10, 10);
  await page.waitForTimeout(300);
  const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
  expect(announced).toEqual(['Donbass selected: 1 passage, 1 event.']);
});

test('mentions are buttons named for the region they select', async ({ page }) => {
  await openMap(page, './#article');
  await expect(page.getByRole('button', { name: 'Tskhinvali: show South Ossetia on the map' })).toHaveCount(
    1,
  );
  await expect(page.getByRole('button', { name: 'eastern Ukrainian: show Donbass on the map' })).toHaveCount(
    1,
  );
  await expect(page.getByRole('region', { name: 'The article' })).toBeVisible();
});

test('targets are at least 24 by 24 CSS pixels', async ({ page }) => {
  await openMap(page, './#region=crimea');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href]')]
      // WCAG 2.5.8 excepts targets inside a sentence (the mentions in passages, the
      // publisher's link in the source line).
      .filter(
        (el) =>
          !el.classList.contains('mention') &&
          !el.closest('.source-line p') &&
          el.getClientRects().length > 0 &&
          !el.classList.contains('skip-to-panel'),
      )
      .map((el) => ({
        name: el.textContent || el.getAttribute('aria-label') || el.className,
        box: el.getBoundingClientRect(),
      }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ name, box }) => `${name} ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
  expect(small).toEqual([]);
});

test('with reduced motion the camera moves instantly', async ({ page }) => {
  await openMapWithHandle(page);
  await page.evaluate(() => {
    const map = window.__explainer?.map;
    const times: number[] = [];
    (window as unknown as { moves: number[] }).moves = times;
    map?.once('movestart', () => times.push(performance.now()));
    map?.once('moveend', () => times.push(performance.now()));
  });
  await page.getByRole('button', { name: 'Crimea', exact: true }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { moves: number[] }).moves.length))
    .toBe(2);
  // No animation: the camera starts and finishes its move in the same task.
  const [start = 0, end = 0] = await page.evaluate(() => (window as unknown as { moves: number[] }).moves);
  expect(end - start).toBeLessThan(20);
});
