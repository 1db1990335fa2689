/**
 * Size budgets CI holds (timings stay in `npm run bench`): the built JavaScript and CSS,
 * gzip, for the first view and for the MapLibre map loaded on demand, and the data the page
 * loads at start. Reads the dist/ that the browser tests' web server has just built (a build
 * started from inside Vitest would be a development build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

test.beforeAll(async ({ request }) => {
  // Make sure the web server (which builds dist/) is up before reading dist/.
  expect((await request.get('./')).ok()).toBe(true);
});

const ROOT = path.join(import.meta.dirname, '..');
const KB = 1024;
/** gzip KB. The first view: index.html's own script and CSS. The map: what MapLibre adds. */
const BUDGETS = { firstViewJs: 100, firstViewCss: 4, mapJs: 305, mapCss: 11, startData: 150 };

const out = path.join(ROOT, 'dist');
const gz = (file: string) => gzipSync(fs.readFileSync(file)).length;

test.beforeAll(async ({ request }) => {
  // The web server builds dist/ before it answers.
  expect((await request.get('./')).ok()).toBe(true);
});

/** The assets index.html loads itself (its script and stylesheet tags), not the lazy chunks. */
function firstViewAssets(ext: string): string[] {
  const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((f) => f.endsWith(ext));
}

function lazyAssets(ext: string): string[] {
  const first = new Set([...firstViewAssets('.js'), ...firstViewAssets('.css')]);
  return fs
    .readdirSync(path.join(out, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith(ext) && !first.has(f) && !f.includes('worker'));
}

const total = (files: string[]) => files.reduce((sum, f) => sum + gz(path.join(out, f)), 0) / KB;

test.describe('size budgets (gzip)', () => {
  test(`first-view JavaScript ≤ ${BUDGETS.firstViewJs} KB`, () => {
    const kb = total(firstViewAssets('.js'));
    console.log(`first-view JS: ${kb.toFixed(1)} KB gzip`);
    expect(kb).toBeGreaterThan(10);
    expect(kb, `first-view JS is ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.firstViewJs);
  });

  test(`first-view CSS ≤ ${BUDGETS.firstViewCss} KB`, () => {
    const kb = total(firstViewAssets('.css'));
    console.log(`first-view CSS: ${kb.toFixed(1)} KB gzip`);
    expect(kb, `first-view CSS is ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.firstViewCss);
  });

  test(`the MapLibre map, loaded on demand: JS ≤ ${BUDGETS.mapJs} KB, CSS ≤ ${BUDGETS.mapCss} KB`, () => {
    const js = total(lazyAssets('.js'));
    const css = total(lazyAssets('.css'));
    console.log(`map JS: ${js.toFixed(1)} KB, map CSS: ${css.toFixed(1)} KB gzip`);
    expect(js, `map JS is ${js.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.mapJs);
    expect(css, `map CSS is ${css.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.mapCss);
  });

  test(`data loaded at start ≤ ${BUDGETS.startData} KB`, () => {
    const files = [
      'data/regions.geojson',
      'data/borders.geojson',
      'data/places.geojson',
      'content/article.json',
    ];
    const kb = total(files);
    console.log(`start-up data: ${kb.toFixed(1)} KB gzip`);
    expect(kb, `start-up data is ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.startData);
  });
});
