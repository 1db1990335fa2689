/**
 * `npm run bench`: the app against its floor (bare MapLibre, same data, same layers), in
 * Debian's Chromium, cold cache, alternating A/B. Prints a table and writes
 * bench/results.json. Timings are ratios against the floor measured in the same run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { cameraForRegions } from '../app/cartography/framing.ts';
import { storyRegions } from '../app/state/selectors.ts';
import type { Story } from '../app/story/schema.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';
import { heapBytes } from '../e2e/heap.ts';
import { readGeo } from '../geo/published.ts';
import { lighthouseScores } from './lighthouse.ts';
import { storyAtTheLimits } from './limitStory.ts';
import { serve } from './serve.ts';

const ROOT = path.join(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const PORT = 4390;
/** Story mode scrolled back and forth this many steps of 24 px with the interactive map (issue: 2,000). */
const STORY_STEPS = Number(process.env.BENCH_STORY_STEPS ?? 2000);
const BASE = `http://127.0.0.1:${PORT}`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? (s[Math.floor(mid)] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

interface Load {
  ready: number;
  viewReady: number | null;
  bytes: { js: number; css: number; data: number; other: number };
  longTasks: { count: number; total: number };
}

/** One cold load: a fresh context (empty cache), every response's transferred bytes counted. */
async function load(browser: Browser, url: string, readyAttribute: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const bytes = { js: 0, css: 0, data: 0, other: 0 };
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const u = urls.get(e.requestId) ?? '';
    const kind = /\.m?js(\?|$)/.test(u)
      ? 'js'
      : /\.css(\?|$)/.test(u)
        ? 'css'
        : /\.(geo)?json(\?|$)/.test(u)
          ? 'data'
          : 'other';
    bytes[kind] += e.encodedDataLength;
  });
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    const tasks: number[] = [];
    (window as unknown as { __bench: unknown }).__bench = { marks, tasks };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    // The init script runs before <html> exists: watch the document for the ready marks.
    new MutationObserver(() => {
      const root = document.documentElement;
      for (const key of ['viewReady', 'mapReady', 'floorIdle']) {
        if (root?.dataset[key] && marks[key] === undefined) marks[key] = performance.now();
      }
    }).observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-view-ready', 'data-map-ready', 'data-floor-idle'],
    });
  });
  await page.goto(url);
  await page.waitForSelector(`html[${readyAttribute}]`, { timeout: 60_000, state: 'attached' });
  await page.waitForTimeout(300);
  const { marks, tasks } = await page.evaluate(
    () => (window as unknown as { __bench: { marks: Record<string, number>; tasks: number[] } }).__bench,
  );
  await context.close();
  return {
    ready: (readyAttribute === 'data-floor-idle' ? marks.floorIdle : marks.mapReady) ?? Number.NaN,
    viewReady: marks.viewReady ?? null,
    bytes,
    longTasks: { count: tasks.length, total: tasks.reduce((a, b) => a + b, 0) },
  };
}

/**
 * The reader's path to the interactive map: a cold load without the debug switch, the first
 * view ready, then the pointer moves over the map; time from that move to MapLibre ready.
 */
async function pointerToMap(browser: Browser): Promise<{ viewReady: number; pointerToMap: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/app/`);
  await page.waitForSelector('html[data-view-ready]', { state: 'attached' });
  const viewReady = await page.evaluate(() => performance.now());
  const box = await page.locator('.map-area').boundingBox();
  if (!box) throw new Error('the map area has no box');
  const t0 = await page.evaluate(() => performance.now());
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 60_000 });
  const t1 = await page.evaluate(() => performance.now());
  await context.close();
  return { viewReady, pointerToMap: t1 - t0 };
}

/** The size of the app's map at the benchmark's viewport, so the floor draws the same canvas. */
async function appMapSize(browser: Browser): Promise<{ width: number; height: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/app/`);
  const box = await page.locator('.map-area').boundingBox();
  await context.close();
  if (!box) throw new Error('the map area has no box');
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/**
 * Click a region, time from just before the click to the first frame after the panel shows
 * that region (React renders a click's update in a microtask after the event): p50 and p95.
 */
async function clickToPanel(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.region-list button[data-region-id]')];
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const button = buttons[i % buttons.length];
      if (!button) break;
      const id = button.dataset.regionId;
      const t0 = performance.now();
      button.click();
      await Promise.resolve();
      // (No helper functions in here: tsx would wrap them in a helper the page does not have.)
      while (document.querySelector('[data-panel]')?.getAttribute('data-region-id') !== id) {
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      times.push(performance.now() - t0);
      // A reader does not click every frame: let the map finish following before the next click.
      await new Promise((r) => setTimeout(r, 200));
    }
    return times;
  }, count);
}

/**
 * A click on Crimea in a story at every limit at once (bench/limitStory.ts): from the click to
 * the first frame after the panel shows it, 15 times, the selection cleared between.
 */
async function clickOnLimitStory(browser: Browser): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const story = storyAtTheLimits();
  await page.route('**/content/article.json', (route) => route.fulfill({ json: story }));
  await page.goto(`${BASE}/app/`);
  await page.waitForFunction(() =>
    document.querySelector('h1')?.textContent?.includes('A story at every limit'),
  );
  // Until the first view is ready, public/boot.js holds clicks (to make them then): a click
  // before it would measure the wait, not the panel.
  await page.waitForSelector('html[data-view-ready]', { state: 'attached' });
  const times = await page.evaluate(async () => {
    const out: number[] = [];
    for (let i = 0; i < 15; i++) {
      const button = document.querySelector<HTMLButtonElement>(
        '.region-list button[data-region-id="crimea"]',
      );
      const t0 = performance.now();
      button?.click();
      await Promise.resolve();
      while (document.querySelector('[data-panel]')?.getAttribute('data-region-id') !== 'crimea') {
        await new Promise((r) => setTimeout(r, 0));
      }
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      out.push(performance.now() - t0);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await new Promise((r) => setTimeout(r, 300));
    }
    return out;
  });
  await context.close();
  return times;
}

async function heapAfterCycles(page: Page, cycles: number): Promise<number> {
  await page.evaluate(async (n) => {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.region-list button[data-region-id]')];
    for (let i = 0; i < n; i++) {
      buttons[i % buttons.length]?.click();
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
  }, cycles);
  return heapBytes(page);
}

/**
 * Story mode, scrolled through from top to bottom 24 px a frame, with the drawing (the first
 * view, what a reader scrolls with until they reach for the map) or the interactive map:
 * the long tasks while scrolling, and for each passage change that moves the map, how many
 * frames from the passage reaching the reading position (the URL being replaced) to the map
 * starting to move (`movestart`, or the drawing's highlight changing).
 */
async function storyScroll(browser: Browser, renderer: 'svg' | 'maplibre', steps = 0): Promise<StoryScroll> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // As strings: tsx would wrap named functions in a helper the page does not have.
  await page.addInitScript({
    content: `
      const marks = { tasks: [], frames: [], passages: [], moves: [], frame: 0 };
      window.storyMarks = marks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) marks.tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      // Long animation frames, their script time split by whose code ran: MapLibre's chunk
      // (its render loop, its worker replies) or the app's (React, the reading position, the store).
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          let app = 0, maplibre = 0;
          for (const script of entry.scripts) {
            if (/MapView|maplibre/.test(script.sourceURL)) maplibre += script.duration;
            else app += script.duration;
          }
          marks.frames.push({ duration: entry.duration, app, maplibre });
        }
      }).observe({ type: 'long-animation-frame' });
      requestAnimationFrame(function tick() { marks.frame += 1; requestAnimationFrame(tick); });
      const replace = history.replaceState.bind(history);
      history.replaceState = (data, unused, url) => {
        if (String(url ?? '').includes('#story=')) marks.passages.push([performance.now(), marks.frame]);
        replace(data, unused, url);
      };`,
  });
  await page.goto(`${BASE}/app/${renderer === 'maplibre' ? '?debug=1' : ''}#story`);
  if (renderer === 'maplibre')
    await page.waitForSelector('html[data-map-ready]', { state: 'attached', timeout: 60_000 });
  await page.waitForSelector('.story');
  await page.waitForTimeout(1000);
  const result = (await page.evaluate(`(async () => {
    const marks = window.storyMarks;
    const moved = () => marks.moves.push([performance.now(), marks.frame]);
    const map = window.__explainer && window.__explainer.map;
    if (map) map.on('movestart', moved);
    else
      new MutationObserver(moved).observe(document.querySelector('[data-svg-map]') || document.body, {
        subtree: true, childList: true, attributes: true, attributeFilter: ['viewBox', 'data-selected'],
      });
    marks.tasks.length = 0;
    marks.frames.length = 0;
    const end = document.documentElement.scrollHeight - innerHeight;
    // Top to bottom once, or back and forth for the given number of steps.
    const steps = ${steps};
    let direction = 1;
    for (let step = 0; steps ? step < steps : scrollY < end - 1; step++) {
      if (steps && scrollY >= end - 1) direction = -1;
      if (steps && scrollY <= 0) direction = 1;
      scrollBy(0, 24 * direction);
      await new Promise((r) => requestAnimationFrame(r));
    }
    await new Promise((r) => setTimeout(r, 500));
    const lagFrames = [];
    const lagMs = [];
    marks.passages.forEach(([t, f], i) => {
      const next = marks.passages[i + 1] ? marks.passages[i + 1][0] : Infinity;
      const move = marks.moves.find(([m]) => m >= t && m < next);
      if (move) { lagMs.push(move[0] - t); lagFrames.push(move[1] - f); }
    });
    const box = document.querySelector('.map-area').getBoundingClientRect();
    return {
      longTasks: marks.tasks, frames: marks.frames, lagFrames, lagMs, passages: marks.passages.length,
      mapSize: { width: Math.round(box.width), height: Math.round(box.height) },
    };
  })()`)) as StoryScroll;
  await context.close();
  return result;
}

interface StoryScroll {
  mapSize: { width: number; height: number };
  longTasks: number[];
  /** Long animation frames (over 50 ms), with the script time each side's code took in them. */
  frames: { duration: number; app: number; maplibre: number }[];
  lagFrames: number[];
  lagMs: number[];
  passages: number;
}

/**
 * The baseline for the interactive map's story scroll: the floor page (bare MapLibre, same
 * layers, same canvas size) eased through the same cameras, one after another, as story mode
 * frames them passage by passage; its long tasks are what MapLibre's frames cost here.
 */
async function floorStoryMoves(browser: Browser, size: { width: number; height: number }): Promise<number[]> {
  const geo = readGeo();
  const story = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'public', 'content', 'article.json'), 'utf8'),
  ) as Story;
  const cameras: { center: [number, number]; zoom: number }[] = [];
  let last = '';
  for (const passage of story.passages) {
    const ids = storyRegions(story, passage.id);
    if (ids.join() === last) continue;
    last = ids.join();
    cameras.push(cameraForRegions(geo, ids, size.width, size.height));
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/floor/?w=${size.width}&h=${size.height}`);
  await page.waitForSelector('html[data-floor-idle]', { state: 'attached', timeout: 60_000 });
  const tasks = (await page.evaluate(`(async () => {
    const tasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); }).observe({ type: 'longtask' });
    for (const camera of ${JSON.stringify(cameras)}) {
      const done = new Promise((r) => window.floorMap.once('moveend', r));
      window.floorMap.easeTo(camera);
      await done;
    }
    await new Promise((r) => setTimeout(r, 500));
    return tasks;
  })()`)) as number[];
  await context.close();
  return tasks;
}

/** A story scroll, summed up. */
function storySummary(run: StoryScroll) {
  return {
    passages: run.passages,
    longTasksOver50ms: run.longTasks.filter((d) => d > 50).length,
    longestTaskMs: Math.max(0, ...run.longTasks),
    longTasksOver100ms: run.longTasks.filter((d) => d > 100).length,
    framesOver100ms: run.frames.filter((f) => f.duration > 100).length,
    // A frame is the app's when its own scripts took more of it than MapLibre's.
    appFramesOver100ms: run.frames.filter((f) => f.duration > 100 && f.app > f.maplibre).length,
    longestAppScriptMs: Math.max(0, ...run.frames.map((f) => f.app)),
    longestMapLibreScriptMs: Math.max(0, ...run.frames.map((f) => f.maplibre)),
    passageToMapFrames: { median: median(run.lagFrames), max: Math.max(0, ...run.lagFrames) },
    passageToMapMs: { median: median(run.lagMs), max: Math.max(0, ...run.lagMs), moves: run.lagMs.length },
  };
}

async function main(): Promise<void> {
  console.log('bench: building the app and the floor page…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const server = await serve(
    { app: path.join(ROOT, 'dist'), floor: path.join(ROOT, 'dist-bench', 'floor') },
    PORT,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const size = await appMapSize(browser);
    const floorUrl = `${BASE}/floor/?w=${size.width}&h=${size.height}`;
    const app: Load[] = [];
    const floor: Load[] = [];
    const readerPath: { viewReady: number; pointerToMap: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const pair = [
        async () => app.push(await load(browser, `${BASE}/app/?debug=1`, 'data-map-ready')),
        async () => floor.push(await load(browser, floorUrl, 'data-floor-idle')),
        async () => readerPath.push(await pointerToMap(browser)),
      ];
      for (const run of i % 2 ? pair.reverse() : pair) await run();
      process.stdout.write(`  run ${i + 1}/${RUNS}\r`);
    }
    const appFirstView: Load[] = [];
    for (let i = 0; i < RUNS; i++) appFirstView.push(await load(browser, `${BASE}/app/`, 'data-view-ready'));

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${BASE}/app/?debug=1`);
    await page.waitForSelector('html[data-map-ready]', { state: 'attached' });
    const clicks = await clickToPanel(page, 50);
    const heap10 = await heapAfterCycles(page, 10);
    const heap500 = await heapAfterCycles(page, 490);
    await context.close();
    const limitClicks = await clickOnLimitStory(browser);
    const storyScrolls = {
      svg: await storyScroll(browser, 'svg'),
      maplibre: await storyScroll(browser, 'maplibre'),
      svgLong: await storyScroll(browser, 'svg', STORY_STEPS),
      maplibreLong: await storyScroll(browser, 'maplibre', STORY_STEPS),
    };
    const floorMoves = await floorStoryMoves(browser, storyScrolls.maplibre.mapSize);

    const floorReady = median(floor.map((r) => r.ready));
    const ratio = median(app.map((r) => r.ready)) / floorReady;
    const firstView = median(appFirstView.map((r) => r.viewReady ?? Number.NaN));
    const toMap = median(readerPath.map((r) => r.pointerToMap));
    const bytes = (runs: Load[], k: keyof Load['bytes']) => median(runs.map((r) => r.bytes[k]));
    const results = {
      date: new Date().toISOString(),
      machine: `${process.platform} ${process.arch}, Node ${process.version}, Chromium at ${CHROMIUM_PATH}, runs ${RUNS}`,
      mapSize: size,
      readyMs: { app: median(app.map((r) => r.ready)), floor: floorReady, ratio },
      readerPath: {
        firstViewMs: firstView,
        firstViewRatio: firstView / floorReady,
        pointerToMapMs: toMap,
        pointerToMapRatio: toMap / floorReady,
      },
      firstViewMs: {
        withDebug: median(app.map((r) => r.viewReady ?? Number.NaN)),
        withoutDebug: median(appFirstView.map((r) => r.viewReady ?? Number.NaN)),
      },
      bytesKB: Object.fromEntries(
        (['js', 'css', 'data', 'other'] as const).map((k) => [
          k,
          { app: kb(bytes(app, k)), floor: kb(bytes(floor, k)) },
        ]),
      ),
      firstViewBytesKB: Object.fromEntries(
        (['js', 'css', 'data', 'other'] as const).map((k) => [k, kb(bytes(appFirstView, k))]),
      ),
      clickToPanelMs: { p50: percentile(clicks, 50), p95: percentile(clicks, 95), clicks: clicks.length },
      limitStoryClickMs: {
        median: median(limitClicks),
        max: Math.max(...limitClicks),
        clicks: limitClicks.length,
      },
      heapGrowthMB: (heap500 - heap10) / 1024 / 1024,
      storyScroll: {
        svg: storySummary(storyScrolls.svg),
        maplibre: storySummary(storyScrolls.maplibre),
        svgLong: { steps: STORY_STEPS, ...storySummary(storyScrolls.svgLong) },
        maplibreLong: { steps: STORY_STEPS, ...storySummary(storyScrolls.maplibreLong) },
        floor: {
          moves: floorMoves.length,
          longTasksOver50ms: floorMoves.filter((d) => d > 50).length,
          longestTaskMs: Math.max(0, ...floorMoves),
        },
      },
      longTasks: {
        app: {
          count: median(app.map((r) => r.longTasks.count)),
          totalMs: median(app.map((r) => r.longTasks.total)),
        },
        appFirstView: {
          count: median(appFirstView.map((r) => r.longTasks.count)),
          totalMs: median(appFirstView.map((r) => r.longTasks.total)),
        },
        floor: {
          count: median(floor.map((r) => r.longTasks.count)),
          totalMs: median(floor.map((r) => r.longTasks.total)),
        },
      },
      lighthouse: process.env.BENCH_LIGHTHOUSE === '0' ? null : await lighthouseScores(`${BASE}/app/`),
    };
    fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    printTable(results as Results);
  } finally {
    await browser.close();
    server.close();
  }
}

type Results = {
  readyMs: { app: number; floor: number; ratio: number };
  readerPath: {
    firstViewMs: number;
    firstViewRatio: number;
    pointerToMapMs: number;
    pointerToMapRatio: number;
  };
  firstViewMs: { withDebug: number; withoutDebug: number };
  bytesKB: Record<string, { app: number; floor: number }>;
  firstViewBytesKB: Record<string, number>;
  clickToPanelMs: { p50: number; p95: number };
  limitStoryClickMs: { median: number; max: number };
  heapGrowthMB: number;
  storyScroll: {
    svg: ReturnType<typeof storySummary>;
    maplibre: ReturnType<typeof storySummary>;
    svgLong: ReturnType<typeof storySummary> & { steps: number };
    maplibreLong: ReturnType<typeof storySummary> & { steps: number };
    floor: { longTasksOver50ms: number; longestTaskMs: number };
  };
  longTasks: Record<string, { count: number; totalMs: number }>;
  lighthouse: Record<string, Record<string, number | null>> | null;
};

function printTable(r: Results): void {
  const f = (n: number, d = 0) => n.toFixed(d);
  const rows: [string, string, string, string][] = [
    [
      'navigation → map ready (ms, median)',
      f(r.readyMs.app),
      f(r.readyMs.floor),
      `ratio ${f(r.readyMs.ratio, 2)} (goal ≤ 1.15)`,
    ],
    [
      'reader: navigation → first usable view (ms)',
      f(r.readerPath.firstViewMs),
      '',
      `ratio to floor ${f(r.readerPath.firstViewRatio, 2)}; with ?debug=1: ${f(r.firstViewMs.withDebug)}`,
    ],
    [
      'reader: pointer over map → map ready (ms)',
      f(r.readerPath.pointerToMapMs),
      '',
      `ratio to floor ${f(r.readerPath.pointerToMapRatio, 2)}`,
    ],
    ...Object.entries(r.bytesKB).map(([k, v]): [string, string, string, string] => [
      `${k} transferred (KB gzip)`,
      f(v.app, 1),
      f(v.floor, 1),
      `first view: ${f(r.firstViewBytesKB[k] ?? 0, 1)}`,
    ]),
    [
      'click → panel painted (ms)',
      `p50 ${f(r.clickToPanelMs.p50, 1)}`,
      '',
      `p95 ${f(r.clickToPanelMs.p95, 1)} (goal ≤ 50)`,
    ],
    [
      'click → panel, story at every limit (ms)',
      `median ${f(r.limitStoryClickMs.median)}`,
      '',
      `max ${f(r.limitStoryClickMs.max)} (goal: median ≤ 100, max ≤ 150)`,
    ],
    ['heap after 500 − after 10 cycles (MB)', f(r.heapGrowthMB, 2), '', 'goal ≤ 2'],
    ...(['svg', 'maplibre'] as const).flatMap((renderer): [string, string, string, string][] => {
      const run = r.storyScroll[renderer];
      return [
        [
          `story scroll, ${renderer}: long tasks > 50 ms`,
          `${run.longTasksOver50ms} (longest ${f(run.longestTaskMs)} ms)`,
          '',
          `goal 0; ${run.passages} passage changes`,
        ],
        [
          `story scroll, ${renderer}: passage → map moves`,
          `${f(run.passageToMapFrames.median)} / ${f(run.passageToMapFrames.max)} frames`,
          '',
          `goal ≤ 1; median ${f(run.passageToMapMs.median, 1)} ms, ${run.passageToMapMs.moves} moves`,
        ],
      ];
    }),
    ...(['svgLong', 'maplibreLong'] as const).map((k): [string, string, string, string] => {
      const run = r.storyScroll[k];
      return [
        `story ${run.steps} steps back and forth, ${k === 'svgLong' ? "the app's own (drawing)" : 'with MapLibre'}: tasks > 100 ms`,
        `${run.longTasksOver100ms} (longest ${f(run.longestTaskMs)} ms)`,
        '',
        `goal: the app's own 0; long frames > 100 ms whose scripts are mostly the app's: ${run.appFramesOver100ms} of ${run.framesOver100ms}`,
      ];
    }),
    [
      'story scroll baseline: bare MapLibre, same camera moves',
      `${r.storyScroll.floor.longTasksOver50ms} long tasks (longest ${f(r.storyScroll.floor.longestTaskMs)} ms)`,
      '',
      `interactive map / floor: ${f(r.storyScroll.maplibre.longTasksOver50ms / Math.max(1, r.storyScroll.floor.longTasksOver50ms), 2)}`,
    ],
    ...Object.entries(r.longTasks).map(([k, v]): [string, string, string, string] => [
      `long tasks during load: ${k}`,
      `${v.count} / ${f(v.totalMs)} ms`,
      '',
      '',
    ]),
  ];
  console.log(`\n${'measure'.padEnd(42)}${'app'.padEnd(14)}${'floor'.padEnd(10)}note`);
  for (const [a, b, c, d] of rows) console.log(`${a.padEnd(42)}${b.padEnd(14)}${c.padEnd(10)}${d}`);
  if (r.lighthouse) {
    console.log(
      '\nLighthouse 12.2.3 (medians)  performance (min–max)  accessibility  best-practices  FCP ms  LCP ms  TBT ms  CLS',
    );
    for (const [k, v] of Object.entries(r.lighthouse)) {
      console.log(
        `${k.padEnd(29)}${`${v.performance} (${v.performanceMin}–${v.performanceMax})`.padEnd(23)}${String(v.accessibility).padEnd(15)}${String(v['best-practices']).padEnd(16)}${f(v.fcpMs ?? 0).padEnd(8)}${f(v.lcpMs ?? 0).padEnd(8)}${f(v.tbtMs ?? 0).padEnd(8)}${f(v.cls ?? 0, 3)}`,
      );
    }
  }
}

await main();
