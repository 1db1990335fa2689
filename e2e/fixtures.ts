/**
 * The page every browser test uses: it records each request the page makes and, after the
 * test, fails if any went to an origin other than the app's own. Console errors fail too.
 */
import { test as base, expect, type Page } from '@playwright/test';

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

/** Opens the app with the debug handle and waits until the map has drawn its layers. */
export async function openMap(page: Page, path = '?debug=1'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
}

/** Screen position of a longitude/latitude on the live map, relative to the page. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate(([lng, lat]) => {
    const map = window.__explainer?.map;
    if (!map) throw new Error('no map on window.__explainer (open with ?debug=1)');
    const p = map.project([lng, lat]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lngLat);
}
