/**
 * Every control a thumb's size on phones (44 px; README, "Accessibility"), a visible way back to all
 * regions, and focus never lost when a selection is cleared (issue 26).
 *
 * The one exception is WCAG 2.5.8's inline one: a word in running text (a place name in a
 * passage, a link in the source line) keeps the text's line height; it must still be 24 px
 * tall, and the next target in its line must not overlap it.
 */
import type { Page } from '@playwright/test';
import { expect, openMap, openPage, publishedGeo, publishedStory, screenPoint, test } from './fixtures.ts';

interface Target {
  what: string;
  width: number;
  height: number;
  inline: boolean;
}

/** Every control a reader can reach and see, measured as a tap meets it (a box input by its label). */
const targets = (page: Page) =>
  page.evaluate(() => {
    const found: Target[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, select, input, textarea, summary, [tabindex="0"]',
    );
    for (const control of controls) {
      const box = control.closest('label') ?? control;
      const r = box.getBoundingClientRect();
      const style = getComputedStyle(control);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
      // Visually hidden (a skip link until focused) or under the map's own canvas: not a tap target.
      if (r.width <= 1 || r.height <= 1 || r.right < 0 || r.left > innerWidth) continue;
      if (control.closest('.maplibregl-ctrl-attrib, [data-svg-map], .maplibregl-canvas-container')) continue;
      const inline =
        control.matches('.mention') ||
        (control.matches('a, .link-button') && !!control.closest('p:not(.event__links)'));
      const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40);
      found.push({
        what: `${control.tagName.toLowerCase()}${control.className ? `.${control.className}` : ''} "${name}"`,
        width: r.width,
        height: r.height,
        inline,
      });
    }
    return found;
  });

function expectThumbSized(all: Target[], state: string): void {
  expect(all.length, `${state}: controls found`).toBeGreaterThan(5);
  for (const t of all) {
    if (t.inline) expect(t.height, `${state}: ${t.what} (inline)`).toBeGreaterThanOrEqual(24);
    else {
      expect(t.height, `${state}: ${t.what}`).toBeGreaterThanOrEqual(44);
      expect(t.width, `${state}: ${t.what}`).toBeGreaterThanOrEqual(44);
    }
  }
}

for (const width of [375, 320])
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

    test('every control is at least 44 × 44 px, words in running text at least 24 px tall', async ({
      page,
    }) => {
      await openPage(page);
      expectThumbSized(await targets(page), 'opening');
      await page.getByRole('button', { name: 'South Ossetia', exact: true }).tap();
      await expect(page.locator('[data-panel]')).toHaveAttribute('data-region-id', 'south-ossetia');
      expectThumbSized(await targets(page), 'South Ossetia selected');
      // The text read (passages, the region's context) at 16 px or more on a phone.
      const body = await page
        .locator('[data-panel] .passages > li > p:not(.passage__note), [data-panel] .panel__context')
        .evaluateAll((all) => all.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)));
      expect(body.length).toBeGreaterThan(3);
      for (const size of body) expect(size).toBeGreaterThanOrEqual(16);
      await page.locator('.event .link-button').first().tap();
      await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'event');
      expectThumbSized(await targets(page), 'an event');
      await openPage(page, './#story');
      expectThumbSized(await targets(page), 'story mode');
      await openPage(page, './#article');
      await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'article');
      expectThumbSized(await targets(page), 'the article');
    });
  });

const announced = (page: Page) => page.locator('[data-announcer]');
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a && a !== document.body ? `${a.tagName.toLowerCase()} ${a.textContent?.trim()}` : 'nothing';
  });

test.describe('focus when a selection is cleared', () => {
  const event = publishedStory().events[0];
  const eventRegion = publishedGeo().regions.features.find((f) => f.id === event?.regions[0])?.properties
    .name;
  const cases = [
    { from: 'a mention in a region’s panel', path: './#region=south-ossetia', control: 'South Ossetia' },
    { from: 'a mention in the article', path: './#article', control: 'Article' },
    { from: 'an event', path: `./#event=${event?.id}`, control: eventRegion ?? '' },
  ];
  for (const { from, path, control } of cases)
    test(`Escape from ${from} leaves focus on "${control}" in the list and says the selection was cleared`, async ({
      page,
    }) => {
      await openPage(page, path);
      const inPanel = page.locator('[data-panel] .mention, [data-panel] .chip').first();
      await inPanel.focus();
      await page.keyboard.press('Escape');
      await expect(page.locator('[data-panel]')).toHaveAttribute('data-panel', 'intro');
      expect(await focused(page)).toBe(`button ${control}`);
      await expect(page.locator('.region-list button:focus')).toHaveText(control);
      await expect(announced(page)).toHaveText('Selection cleared: all regions are shown.');
    });

  test('"All regions" beside the heading clears a selection, thumb-sized, and focus lands on the region', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openPage(page, './#region=crimea');
    const back = page.getByRole('button', { name: 'All regions' });
    await expect(back).toBeVisible();
    const box = await back.boundingBox();
    // The heading's words, not its block (which runs on under the button).
    const heading = await page.locator('#panel-title').evaluate((h) => {
      const range = document.createRange();
      range.selectNodeContents(h);
      return range.getBoundingClientRect().toJSON() as DOMRect;
    });
    expect(box?.height).toBeGreaterThanOrEqual(44);
    // On the heading's line, not over it.
    expect(Math.abs((box?.y ?? 0) - heading.y)).toBeLessThan(12);
    expect(heading.right).toBeLessThanOrEqual((box?.x ?? 0) + 1);
    await back.click();
    await expect(page).not.toHaveURL(/#region/);
    expect(await focused(page)).toBe('button Crimea');
    await expect(back).toHaveCount(0);
  });

  test('the skip link to the panel appears without moving the panel', async ({ page }) => {
    await openPage(page);
    await page.getByRole('button', { name: 'Crimea', exact: true }).click();
    await expect(page.locator('#panel-title')).toHaveText('Crimea');
    const before = await page.locator('#panel-title').boundingBox();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Read about Crimea' })).toBeFocused();
    expect((await page.locator('#panel-title').boundingBox())?.y).toBe(before?.y);
  });

  test('J typed in "Whose map?" does not move the story', async ({ page }) => {
    await openPage(page, './#story');
    await page.getByRole('combobox', { name: 'Whose map?' }).focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page).toHaveURL(/#story$|#story=p0$/);
  });
});

test.describe('a tap near a small region at 375 px', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  const geo = publishedGeo();

  for (const renderer of ['drawing', 'interactive map'] as const)
    test(`12 px off its centre selects it, on the ${renderer}`, async ({ page }) => {
      const open = renderer === 'drawing' ? openPage : openMap;
      await open(page);
      // The selectable regions under a thumb's size at the opening view.
      const small: { id: string; label: [number, number] }[] = [];
      for (const f of geo.regions.features.filter((x) => x.properties.clickable)) {
        const [west, south, east, north] = f.bbox;
        const a = await screenPoint(page, [west, north]);
        const b = await screenPoint(page, [east, south]);
        if (Math.max(b.x - a.x, b.y - a.y) < 44) small.push({ id: f.id, label: f.properties.label });
      }
      expect(small.map((s) => s.id)).toContain('south-ossetia');
      for (const { id, label } of small)
        for (const dy of [-12, 12]) {
          await open(page);
          const centre = await screenPoint(page, label);
          await page.touchscreen.tap(centre.x, centre.y + dy);
          await expect(page.locator('[data-panel]'), `${id}, ${dy} px`).toHaveAttribute('data-region-id', id);
        }
    });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
])
  test(`Tab through the whole page at ${viewport.width} px moves the page only to bring the focused control into view`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openPage(page);
    const seen = new Set<string>();
    for (let step = 0; step < 80; step++) {
      const before = await page.evaluate(() => window.scrollY);
      await page.keyboard.press('Tab');
      const after = await page.evaluate(() => {
        const a = document.activeElement;
        return {
          y: window.scrollY,
          what: a
            ? `${a.tagName.toLowerCase()} ${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 30)}`
            : '',
        };
      });
      if (after.what === 'body ' || seen.has(after.what)) break;
      seen.add(after.what);
      if (after.y === before) continue;
      // It moved: the control must have been out of view where the page was.
      const wasInView = await page.evaluate((y) => {
        const now = window.scrollY;
        window.scrollTo({ top: y, behavior: 'instant' });
        const r = (document.activeElement as Element).getBoundingClientRect();
        const inView = r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
        window.scrollTo({ top: now, behavior: 'instant' });
        return inView;
      }, before);
      expect(wasInView, `Tab to ${after.what} scrolled ${before} → ${after.y} though it was in view`).toBe(
        false,
      );
    }
    expect(seen.size, 'controls reached by Tab').toBeGreaterThan(8);
  });
