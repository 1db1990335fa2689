/**
 * The explainer end to end: click a region on the real map, read its passages and events,
 * follow a mention back to the map, and move through selections with the URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Story } from '../app/story/schema.ts';
import { expect, openMap, openPage, screenPoint, svgHighlighted, test } from './fixtures.ts';

const story = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '..', 'public', 'content', 'article.json'), 'utf8'),
) as Story;
const textOf = (id: string) => story.passages.find((p) => p.id === id)?.text;

/** A point well inside each region (and outside the regions drawn over it), and what the panel must list. */
const REGIONS: Record<string, { at: [number, number]; passages: string[]; events: string[] }> = {
  georgia: {
    at: [44.9, 41.75],
    passages: ['p0', 'p1', 'p7', 'p8', 'p9'],
    events: ['secession-war', 'airstrikes-2008', 'military-merger'],
  },
  'south-ossetia': {
    at: [44.0, 42.3],
    passages: Array.from({ length: 18 }, (_, i) => `p${i}`),
    events: [
      'secession-war',
      'airstrikes-2008',
      'russia-recognises-south-ossetia',
      'tibilov-takes-office',
      'military-merger',
      // Dated only to March 2017, it comes before the meeting of 21 March.
      'us-denounces-referendum',
      'moscow-meeting',
      'presidential-election',
      'renaming-referendum',
    ],
  },
  crimea: { at: [34.1, 45.2], passages: ['p17'], events: ['crimea-annexation'] },
  donbass: { at: [38.6, 48.2], passages: ['p17'], events: ['donbass-separatists'] },
  russia: {
    at: [40.0, 52.0],
    passages: ['p0', 'p1', 'p2', 'p3', 'p4', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11', 'p12', 'p13', 'p17'],
    events: [
      'secession-war',
      'airstrikes-2008',
      'russia-recognises-south-ossetia',
      'crimea-annexation',
      'donbass-separatists',
      'military-merger',
      'moscow-meeting',
    ],
  },
  ukraine: { at: [31.0, 49.5], passages: ['p17'], events: ['crimea-annexation', 'donbass-separatists'] },
  // Drawn and selectable though this article never names it: its panel says so.
  abkhazia: { at: [41.5, 43.1], passages: [], events: [] },
};

const panel = (page: Page) => page.locator('[data-panel]');

for (const [id, expected] of Object.entries(REGIONS)) {
  test(`clicking ${id} on the map opens exactly its passages and events`, async ({ page }) => {
    await openMap(page);
    const { x, y } = await screenPoint(page, expected.at);
    await page.mouse.click(x, y);

    await expect(panel(page)).toHaveAttribute('data-region-id', id);
    const passages = panel(page).locator('[data-passage-id]');
    await expect(passages).toHaveCount(expected.passages.length);
    expect(await passages.evaluateAll((els) => els.map((el) => el.getAttribute('data-passage-id')))).toEqual(
      expected.passages,
    );
    // The article's words, verbatim: what an editor adds beside them (a date) is apart.
    for (const passageId of expected.passages) {
      const shown = panel(page).locator(`[data-passage-id="${passageId}"] > p`).first();
      const words = await shown.evaluate((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        for (const added of copy.querySelectorAll('.editor-date')) added.remove();
        return copy.textContent;
      });
      expect(words).toBe(textOf(passageId) ?? 'missing');
    }
    const events = panel(page).locator('[data-event-id]');
    expect(await events.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))).toEqual(
      expected.events,
    );
    await expect(page).toHaveURL(new RegExp(`#region=${id}$`));
  });
}

test('each mention of the selected region is marked in its passages', async ({ page }) => {
  await openPage(page, './#region=crimea');
  const marked = panel(page).locator('.mention[data-current]');
  await expect(marked).toHaveText(['Crimea Peninsula']);
  await expect(panel(page).locator('.mention[data-region-id="donbass"]')).toHaveText([
    'eastern Ukrainian',
    'Donbass',
  ]);
});

test('a region the article never mentions says so', async ({ page }) => {
  await openPage(page);
  // Every clickable region is in this article; a story with one fewer shows the empty state.
  await page.route('**/content/article.json', async (route) => {
    const trimmed = {
      ...story,
      passages: story.passages.map((p) => ({
        ...p,
        mentions: p.mentions.filter((m) => m.region !== 'ukraine'),
      })),
      events: story.events.map((e) => ({ ...e, regions: e.regions.filter((r) => r !== 'ukraine') })),
    };
    await route.fulfill({ json: trimmed });
  });
  await page.reload();
  await page.getByRole('button', { name: 'Ukraine', exact: true }).click();
  await expect(panel(page)).toHaveAttribute('data-region-id', 'ukraine');
  await expect(panel(page)).toContainText('The article does not mention Ukraine.');
  await expect(panel(page).locator('[data-passage-id], [data-event-id]')).toHaveCount(0);
});

test('clicking outside every region clears the selection', async ({ page }) => {
  await openMap(page, './#region=crimea');
  await expect(panel(page)).toHaveAttribute('data-region-id', 'crimea');
  const sea = await screenPoint(page, [34.0, 44.15], ['crimea']); // the Black Sea south of Crimea
  await page.mouse.click(sea.x, sea.y);
  await expect(panel(page)).toHaveAttribute('data-panel', 'intro');
  expect(new URL(page.url()).hash).toBe('');
});

test('a mention in the Article view selects and outlines its region', async ({ page }) => {
  await openPage(page);
  await page.getByRole('button', { name: 'Article', exact: true }).click();
  await expect(panel(page)).toHaveAttribute('data-panel', 'article');
  await expect(panel(page).locator('[data-passage-id]')).toHaveCount(story.passages.length);
  await panel(page).getByRole('button', { name: 'Crimea Peninsula: show Crimea on the map' }).click();
  await expect(panel(page)).toHaveAttribute('data-region-id', 'crimea');
  await expect(panel(page).locator('[data-passage-id="p17"]')).toHaveAttribute('data-focused', 'true');
  await expect.poll(() => svgHighlighted(page)).toEqual(['crimea']);
  await expect(page).toHaveURL(/#region=crimea&passage=p17$/);
});

test('an event highlights the smallest of its regions and links to its passage', async ({ page }) => {
  await openPage(page, './#region=ukraine');
  const annexation = panel(page).locator('[data-event-id="crimea-annexation"]');
  await annexation.getByRole('button', { name: 'Show on the map' }).click();
  await expect(panel(page)).toHaveAttribute('data-event-id', 'crimea-annexation');
  // Crimea, Russia and Ukraine concerned: the map shows Crimea, the two countries around it untinted.
  await expect.poll(() => svgHighlighted(page)).toEqual(['crimea']);
  await expect(panel(page).locator('[data-passage-id="p17"]')).toContainText('annexation in 2014');
  await page.goBack();
  await panel(page)
    .locator('[data-event-id="crimea-annexation"]')
    .getByRole('link', { name: 'Read the passage' })
    .click();
  await expect(page).toHaveURL(/#region=ukraine&passage=p17$/);
  await expect(panel(page).locator('[data-passage-id="p17"]')).toHaveAttribute('data-focused', 'true');
});

test('editor-supplied dates are marked as such', async ({ page }) => {
  await openPage(page, './#region=south-ossetia');
  const office = panel(page).locator('[data-event-id="tibilov-takes-office"]');
  await expect(office.locator('.event__when')).toContainText('five years ago');
  await expect(office.locator('[data-date-source="editor"]')).toContainText('2012 date added by the editor');
  const strikes = panel(page).locator('[data-event-id="airstrikes-2008"]');
  await expect(strikes.locator('[data-date-source="editor"]')).toHaveCount(0);
});

test('deep links open the view they name', async ({ page }) => {
  await openPage(page, './#region=donbass');
  await expect(panel(page)).toHaveAttribute('data-region-id', 'donbass');
  await expect.poll(() => svgHighlighted(page)).toEqual(['donbass']);

  await openPage(page, './#passage=p9');
  await expect(panel(page)).toHaveAttribute('data-panel', 'article');
  await expect(panel(page).locator('[data-passage-id="p9"]')).toHaveAttribute('data-focused', 'true');
  await expect.poll(() => svgHighlighted(page)).toEqual(['south-ossetia']);

  await openPage(page, './#region=atlantis&passage=p999');
  await expect(panel(page)).toHaveAttribute('data-panel', 'intro');
  expect(new URL(page.url()).hash).toBe('');
});

test('Back and Forward move through selections', async ({ page }) => {
  await openPage(page);
  const list = page.getByRole('navigation', { name: 'Regions and article' });
  await list.getByRole('button', { name: 'Crimea' }).click();
  await list.getByRole('button', { name: 'Donbass' }).click();
  await expect(panel(page)).toHaveAttribute('data-region-id', 'donbass');
  await page.goBack();
  await expect(panel(page)).toHaveAttribute('data-region-id', 'crimea');
  await expect.poll(() => svgHighlighted(page)).toEqual(['crimea']);
  await page.goBack();
  await expect(panel(page)).toHaveAttribute('data-panel', 'intro');
  await page.goForward();
  await expect(panel(page)).toHaveAttribute('data-region-id', 'crimea');
});

test('the legend explains every fill, hatch and line, and credits Natural Earth', async ({ page }) => {
  await openMap(page);
  const legend = page.locator('.legend');
  for (const label of [
    'Russia (drawn without Crimea)',
    'Annexed by Russia',
    'Breakaway region',
    'Held by Russian-backed separatists',
    'International border',
    'Line of a disputed area',
  ]) {
    await expect(legend).toContainText(label);
  }
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
  await expect(page.locator('.source-line')).toContainText('Natural Earth');
});

test('bad content shows what is wrong, and the map still works', async ({ page, recorded }) => {
  const bad = structuredClone(story);
  const event = bad.events[0];
  if (event) event.regions.push('atlantis');
  await page.route('**/content/article.json', (route) => route.fulfill({ json: bad }));
  await openMap(page);
  await expect(page.getByRole('alert')).toContainText(
    'article.json: does not match the map: at events[0].regions[3]: unknown region "atlantis"',
  );
  await page.getByRole('button', { name: 'Crimea', exact: true }).click();
  await expect(panel(page)).toHaveAttribute('data-region-id', 'crimea');
  expect(recorded.consoleErrors).toEqual([]);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the panel sits under the map and nothing scrolls sideways', async ({ page }) => {
    await openPage(page, './#region=south-ossetia');
    await expect(panel(page)).toHaveAttribute('data-region-id', 'south-ossetia');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    // In the page's order (the map stays at the top of the screen when it scrolls).
    await page.evaluate(() => window.scrollTo(0, 0));
    const map = await page.locator('.map-area').boundingBox();
    const aside = await page.locator('.explainer__panel').boundingBox();
    expect(aside?.y ?? 0).toBeGreaterThanOrEqual((map?.y ?? 0) + (map?.height ?? 0));
  });
});

test.describe('another story', () => {
  test('?story=NAME shows that article’s explainer, with its proposed events marked', async ({ page }) => {
    await openPage(page, './?story=crimea-bridge#region=crimea');
    await expect(page.locator('h1')).toContainText(
      'Kerch Bridge Reopens as Crimea Braces for Another Winter',
    );
    const passages = panel(page).locator('[data-passage-id]');
    expect(await passages.evaluateAll((els) => els.map((el) => el.getAttribute('data-passage-id')))).toEqual([
      'p0',
      'p1',
      'p2',
      'p4',
    ]);
    await expect(panel(page).locator('[data-event-id="p2-in-2014"]')).toContainText(
      'not yet checked by an editor',
    );
  });

  test('a story name that is not a plain name is refused with a message', async ({ page, recorded }) => {
    recorded.allowErrors.push(/HTTP 404/);
    await page.goto('./?story=../../etc/passwd');
    await expect(page.getByRole('alert')).toContainText(
      'Article: ?story: "../../etc/passwd" is not a story name (lower-case letters, digits and dashes)',
    );
    await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
    await page.goto('./?story=no-such-story');
    await expect(page.getByRole('alert')).toContainText(
      'Article: no-such-story.json: could not be loaded (HTTP 404)',
    );
    // Nothing but the page itself was ever requested with that name in it.
    expect(recorded.requests.filter((u) => u.includes('passwd') && !u.includes('?story='))).toEqual([]);
  });
});

test('the pointer over a region shows its name beside it; over the sea, none', async ({ page }) => {
  await openMap(page);
  const label = page.locator('.hover-label');
  const crimea = await screenPoint(page, [34.1, 45.2]);
  await page.mouse.move(crimea.x, crimea.y);
  await expect(label).toHaveText('Crimea');
  await expect(label).toBeVisible();
  const box = await label.boundingBox();
  // Just above the pointer, centred on it.
  expect(box && Math.abs(box.x + box.width / 2 - crimea.x)).toBeLessThan(2);
  expect(box && crimea.y - (box.y + box.height)).toBeGreaterThan(6);
  expect(box && crimea.y - (box.y + box.height)).toBeLessThan(20);
  const georgia = await screenPoint(page, [44.8, 41.7]);
  await page.mouse.move(georgia.x, georgia.y);
  await expect(label).toHaveText('Georgia');
  await expect(label).toHaveCount(1);
  const sea = await screenPoint(page, [34.0, 44.15]);
  await page.mouse.move(sea.x, sea.y);
  await expect(label).toHaveCount(0);
});

test('a region chosen before the story arrives stays chosen when it does', async ({ page }) => {
  let release: () => void = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/content/article.json', async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('./');
  await page.getByRole('button', { name: 'Crimea', exact: true }).click();
  release();
  await expect(panel(page).locator('[data-passage-id="p17"]')).toBeVisible();
  await expect(panel(page)).toHaveAttribute('data-region-id', 'crimea');
  await expect(page).toHaveURL(/#region=crimea$/);
});
