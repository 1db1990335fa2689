/**
 * The newsroom's page for the embedding tests: another origin (localhost, not 127.0.0.1) on
 * the loopback address, so Chromium's private-network rules treat it as a real cross-origin
 * host on the same network, with the real pym.js parent from npm at hand.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import type { Recorded } from './fixtures.ts';

export const HOST = 'http://localhost:4317/newsroom';
export const PYM = fs.readFileSync(
  createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.min.js'),
  'utf8',
);

/** Serves `body` as a page of the newsroom's site and opens it. */
export async function openHost(page: Page, recorded: Recorded, body: string): Promise<void> {
  recorded.allowOrigins.push(HOST);
  await page.route(`${HOST}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsroom</title></head><body style="margin:0">${body}</body></html>`,
    }),
  );
  await page.goto(`${HOST}/story.html`);
}

/** The share of the embedded map inside the host's window. */
export async function embeddedMapOnScreen(page: Page, frame: Frame): Promise<number> {
  const frameTop = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top);
  const r = await frame.evaluate(() => {
    const box = document.querySelector('.explainer__canvas')?.getBoundingClientRect();
    return box ? { top: box.top, bottom: box.bottom } : null;
  });
  if (!r) return 0;
  const inner = await page.evaluate(() => innerHeight);
  const top = frameTop + r.top;
  const bottom = frameTop + r.bottom;
  return Math.max(0, Math.min(bottom, inner) - Math.max(top, 0)) / (bottom - top);
}
