/**
 * The page every browser test uses: it records each request the page makes and, after the
 * test, fails if any went to an origin other than the app's own. Console errors fail too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { cameraForRegions } from '../app/cartography/framing.ts';
import { project } from '../app/cartography/mercator.ts';
import type { GeoData } from '../app/geo/schema.ts';
import type { Story } from '../app/story/schema.ts';
import { readGeo } from '../geo/published.ts';

export interface Recorded {
  requests: string[];
  consoleErrors: string[];
  /** Errors a test provokes on purpose (a 404 it routes, say); anything else fails the test. */
  allowErrors: RegExp[];
  /** Origins a test serves itself through page.route (a host page for the embed, say). */
  allowOrigins: string[];
}

export const test = base.extend<{ recorded: Recorded }>({
  recorded: [
    async ({ page, baseURL }, use) => {
      const recorded: Recorded = { requests: [], consoleErrors: [], allowErrors: [], allowOrigins: [] };
      page.on('request', (r) => recorded.requests.push(r.url()));
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
          recorded.consoleErrors.push(m.text());
        }
      });
      page.on('response', (r) => {
        if (r.status() >= 400) recorded.consoleErrors.push(`HTTP ${r.status()} for ${r.url()}`);
      });
      page.on('pageerror', (e) => recorded.consoleErrors.push(`uncaught: ${e.message}`));
      // Every Content-Security-Policy violation, in the page and in any frame.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
        });
      });
      await use(recorded);
      const origins = [new URL(baseURL ?? '').origin, ...recorded.allowOrigins.map((o) => new URL(o).origin)];
      const foreign = recorded.requests.filter(
        (u) => !/^(data|blob|about):/.test(u) && !origins.includes(new URL(u).origin),
      );
      expect(foreign, 'requests that left the app origin').toEqual([]);
      const unexpected = recorded.consoleErrors.filter((e) => !recorded.allowErrors.some((r) => r.test(e)));
      expect(unexpected, 'console errors and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The page as readers get it: no debug switch; waits for the first view (the SVG map, the list, the panel). */
export async function openPage(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-view-ready', 'true');
}

/**
 * The reader's path to the interactive map: the page as served, the first view, then the
 * pointer moves over the map (a corner of it, over no region), which brings MapLibre in.
 */
export async function openMap(page: Page, path = './'): Promise<void> {
  await openPage(page, path);
  await page.locator('.map-area').hover({ position: { x: 2, y: 2 } });
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
}

/**
 * For the few tests that read the live map's state: the page with `?debug=1`, whose read-only
 * handle `window.__explainer` holds the map. MapLibre starts at once there.
 */
export async function openMapWithHandle(page: Page, hash = ''): Promise<void> {
  await page.goto(`./?debug=1${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
}

const geo: GeoData = readGeo();

/** What a map shows: its box in world units (zoom-0 pixels: left, top, width, height) and its size on screen. */
export interface View {
  x: number;
  y: number;
  width: number;
  height: number;
  px: { width: number; height: number };
}

const story = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '..', 'public', 'content', 'article.json'), 'utf8'),
) as Story;

/** The published story, as the app serves it. */
export function publishedStory(): Story {
  return story;
}

/** The published layers, as the app reads them. */
export function publishedGeo(): GeoData {
  return geo;
}

/**
 * Screen position of a longitude/latitude on the map, whichever renderer shows it, from the
 * shared camera for the highlighted regions: no handle needed, and a renderer that framed
 * anything else would send the test's clicks astray.
 */
export async function screenPoint(
  page: Page,
  [lon, lat]: [number, number],
  highlighted: readonly string[] = [],
): Promise<{ x: number; y: number }> {
  const box = await page.locator('.map-area').boundingBox();
  if (!box) throw new Error('the map area has no box');
  const camera = cameraForRegions(geo, highlighted, box.width, box.height);
  const [cx, cy] = project(...camera.center);
  const [x, y] = project(lon, lat);
  const scale = 2 ** camera.zoom;
  return { x: box.x + box.width / 2 + (x - cx) * scale, y: box.y + box.height / 2 + (y - cy) * scale };
}

/** The regions the SVG map outlines as selected. */
export async function svgHighlighted(page: Page): Promise<string[]> {
  const ids = await page
    .locator('[data-svg-map] [data-selected-outline] [data-selected]')
    .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-selected') ?? ''));
  return ids.sort();
}
