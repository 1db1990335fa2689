/**
 * Size budgets CI holds (timings stay in `npm run bench`), gzip: what index.html loads for
 * the first view, what the MapLibre map adds when it loads, the JavaScript the app adds to
 * a bare MapLibre page (the benchmark's floor, built here with the same bundler settings),
 * and the data loaded at start. Reads the dist/ that the browser tests' web server has just
 * built (a build started from inside Vitest would be a development build).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const ROOT = path.join(import.meta.dirname, '..');
const KB = 1024;
const BUDGETS = {
  /**
   * Raised from 90 for issue 27 (clicks held until the view is ready, the story file's size
   * limit; a region's panel rendered in two frames so a story at its limits answers a click at
   * once): +0.6 KB; and for issue 25's first pass (a mention pointed at outlines its region).
   * Raised to 92 KB for issue 25's locator inset and the opening's keep-in-view rule (+1.0 KB;
   * the inset's drawing loaded on demand measured 92.5 KB, as the split put the map's shared
   * modules in chunks of their own). Raised to 93 KB for issue 25's detail inset and the
   * story steps' band in the framing and the names' placing (cartography/detail.ts and
   * furniture.ts; +1.0 KB). Raised to 94 KB for issue 25's compact key and one-line "Whose
   * map?" and issue 26's thumb rules (a tap near a small region, focus kept when a selection is
   * cleared, the way back, the cleared announcement; +0.9 KB). Raised to 95 KB for issue 26's
   * wrapping of long names in both renderers and the key's shared entries (+0.4 KB), and issue
   * 31's hosts: the sizing protocols' start for a framed page, the snippet's no-script image
   * (+0.3 KB; the protocols themselves load only in a frame). Raised to 96 KB for issue 28:
   * the scene both renderers translate (cartography/scene.ts) and the legend derived from the
   * published data instead of written out (+0.5 KB; its words moved into the data files).
   * Raised to 96.5 KB for the same issue's one input both renderers draw from, the one report
   * callback, and the map's name and description from the data (+0.8 KB; 96.0 measured
   * 2026-12-06).
   */
  firstViewJs: 96.5,
  /** Raised from 4 KB for the pinned key, the thumb-sized targets and the way back (+0.4 KB). */
  firstViewCss: 4.5,
  mapJs: 300,
  mapCss: 11,
  /**
   * The benchmark's goal (issue 9) was app JS ≤ floor JS + 90 KB. Raised to 91 KB for label
   * placement in both renderers (collision, in-view country names: cartography/labels.ts),
   * which MapLibre would otherwise do with symbol layers; most of its cost was paid by
   * writing the SVG paths without d3-geo (−1.2 KB) and dropping the modulepreload polyfill.
   * Raised to 94 KB for "Whose map?" (issue 19: the views' schema, resolver, switch and
   * legend, +2.1 KB); a URL may ask for a view, so it is in the first view's code. Raised to
   * 95 KB for story mode's ways in (issue 18: its route, the list's toggle, the intro's link,
   * the announcements; +1.0 KB); the story view itself loads when opened. Raised to 95.5 KB
   * for the built first view (issue 17: hydrating the built page part by part, the data's
   * fingerprints, adopting the built names, paths at the view's detail; +1.2 KB, of which
   * dropping the pre-story headline meta, the separate full-detail path writer and the
   * click keeper's module, now in public/boot.js, paid 1.0). Raised to 96 KB for robustness
   * (issue 27: the first view ready only once the panel is in place, a data file's size
   * limit, a limit on every string of a story in its schema; +0.5 KB). Raised to 96.5 KB for
   * issue 25's first pass (story mode's steps and progress on the map, framing by the smallest
   * region concerned, a mention pointed at outlined on the map; +0.4 KB). Raised to 97.5 KB
   * for the locator inset, the opening's keep-in-view rule and the second placing of names
   * (issue 25; +0.9 KB). Raised to 98.5 KB for the detail inset and the story steps' band
   * (issue 25; +1.0 KB). Raised to 99.5 KB for the compact key, the one-line switch and issue
   * 26's thumb rules (+1.1 KB). Raised to 100.5 KB for long names wrapping, the key's shared
   * entries and the hosts' sizing protocols (issues 26 and 31; +1.0 KB). Raised to 101 KB for
   * issue 28: the one input both renderers draw from and the one callback they report through
   * (map/input.ts, map/contract.ts), the map's name and description derived from the data,
   * and the scroll distances split from the scrolling (+0.8 KB; 101.1 measured 2026-12-06).
   */
  beyondFloorJs: 101.5,
  startData: 150,
  /** Each page's HTML, with the first view built into it (issue 17): the map's drawing is most of it. */
  pageHtml: 60,
  /** public/boot.js, outside the bundle: it starts the bundle and keeps clicks until it is up. */
  bootJs: 1.5,
};

const DIST = path.join(ROOT, 'dist');
const FLOOR = path.join(ROOT, 'dist-bench', 'floor');
const gz = (file: string) => gzipSync(fs.readFileSync(file)).length;
const total = (dir: string, files: Iterable<string>) =>
  [...files].reduce((sum, f) => sum + gz(path.join(dir, f)), 0) / KB;

/** The assets a page names in its script, modulepreload and stylesheet tags, and those boot.js starts. */
function pageAssets(dir: string, page: string): string[] {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const tagged = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const started = [...html.matchAll(/data-modules="([^"]+)"/g)].flatMap((m) =>
    (m[1] ?? '').split(' ').map((src) => src.replace(/^\.\//, '')),
  );
  return [...tagged, ...started];
}

/** A script and the chunks it imports statically (`from"./x.js"` / `import"./x.js"`), recursively. */
function withImports(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(path.join(dir, file), 'utf8');
  for (const [, name] of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) {
    withImports(dir, path.posix.join(path.posix.dirname(file), name ?? ''), seen);
  }
  return seen;
}

/** The scripts a page loads at once: its script tags and what they import statically. */
function pageJs(dir: string, page: string): Set<string> {
  const files = new Set<string>();
  for (const f of pageAssets(dir, page).filter((a) => a.endsWith('.js'))) withImports(dir, f, files);
  return files;
}

const firstViewJs = () => pageJs(DIST, 'index.html');

/** The MapLibre map's chunk and what it imports that the first view has not loaded. */
function mapJs(): string[] {
  const chunk = fs.readdirSync(path.join(DIST, 'assets')).find((f) => /^MapView-.*\.js$/.test(f));
  if (!chunk) throw new Error('dist/assets has no MapView-*.js chunk');
  const first = firstViewJs();
  return [...withImports(DIST, `assets/${chunk}`)].filter((f) => !first.has(f));
}

test.beforeAll(async ({ request }) => {
  // The web server builds dist/ before it answers.
  expect((await request.get('./')).ok()).toBe(true);
});

test.describe('size budgets (gzip)', () => {
  test(`first-view JavaScript ≤ ${BUDGETS.firstViewJs} KB`, () => {
    const files = firstViewJs();
    const kb = total(DIST, files);
    console.log(`first-view JS: ${kb.toFixed(1)} KB gzip (${[...files].join(', ')})`);
    expect(files.size).toBeGreaterThan(0);
    expect(kb).toBeGreaterThan(10);
    expect(kb, `first-view JS is ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.firstViewJs);
  });

  test(`first-view CSS ≤ ${BUDGETS.firstViewCss} KB`, () => {
    const kb = total(
      DIST,
      pageAssets(DIST, 'index.html').filter((a) => a.endsWith('.css')),
    );
    console.log(`first-view CSS: ${kb.toFixed(1)} KB gzip`);
    expect(kb, `first-view CSS is ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.firstViewCss);
  });

  test(`the MapLibre map, loaded on demand: JS ≤ ${BUDGETS.mapJs} KB, CSS ≤ ${BUDGETS.mapCss} KB`, () => {
    const js = total(DIST, mapJs());
    const cssFiles = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => /^MapView-.*\.css$/.test(f));
    const css = total(
      DIST,
      cssFiles.map((f) => `assets/${f}`),
    );
    console.log(`map JS: ${js.toFixed(1)} KB, map CSS: ${css.toFixed(1)} KB gzip`);
    expect(cssFiles).toHaveLength(1);
    expect(js, `map JS is ${js.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.mapJs);
    expect(css, `map CSS is ${css.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.mapCss);
  });

  test(`JavaScript beyond a bare MapLibre page (the floor) ≤ ${BUDGETS.beyondFloorJs} KB`, () => {
    test.setTimeout(120_000);
    execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    });
    const floor = total(FLOOR, pageJs(FLOOR, 'index.html'));
    const app = total(DIST, [...firstViewJs(), ...mapJs()]);
    const beyond = app - floor;
    console.log(
      `app JS with the map: ${app.toFixed(1)} KB, floor: ${floor.toFixed(1)} KB, beyond: ${beyond.toFixed(1)} KB`,
    );
    expect(floor, 'the floor is MapLibre itself').toBeGreaterThan(250);
    expect(beyond, `the app adds ${beyond.toFixed(1)} KB gzip of JS to MapLibre`).toBeLessThanOrEqual(
      BUDGETS.beyondFloorJs,
    );
  });

  for (const page of ['index.html', 'embed.html'])
    test(`${page} with its built first view ≤ ${BUDGETS.pageHtml} KB`, () => {
      const kb = total(DIST, [page]);
      console.log(`${page}: ${kb.toFixed(1)} KB gzip`);
      expect(kb, `${page} is ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.pageHtml);
    });

  test(`boot.js, the built pages' first script, ≤ ${BUDGETS.bootJs} KB`, () => {
    const kb = total(DIST, ['boot.js']);
    console.log(`boot.js: ${kb.toFixed(2)} KB gzip`);
    expect(kb, `boot.js is ${kb.toFixed(2)} KB gzip`).toBeLessThanOrEqual(BUDGETS.bootJs);
  });

  test(`data loaded at start ≤ ${BUDGETS.startData} KB`, () => {
    const files = [
      'data/regions.geojson',
      'data/borders.geojson',
      'data/places.geojson',
      'content/article.json',
      'data/views.json',
    ];
    const kb = total(DIST, files);
    console.log(`start-up data: ${kb.toFixed(1)} KB gzip`);
    expect(kb, `start-up data is ${kb.toFixed(1)} KB gzip`).toBeLessThanOrEqual(BUDGETS.startData);
  });
});
