/**
 * Cartography as a reader sees it, in every route (the overview, each region, each event), at
 * phone and desktop widths, in both themes, on both maps: the view never shows past the
 * published data; no two names overlap and none is cut by the map's edge or hidden under a
 * control; and areas that touch are told apart on the screen's own pixels (CIEDE2000 ≥ 10,
 * normal vision and simulated protanopia and deuteranopia). Each state is written to
 * test-results/cartography/ for people to look at.
 *
 * The interactive map is opened with the debug handle: these tests read its camera.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { type Area, deltaE, type Vision } from '../app/cartography/contrast.ts';
import { framedRegions } from '../app/cartography/framing.ts';
import { polygonContains } from '../app/cartography/labels.ts';
import { project, unproject } from '../app/cartography/mercator.ts';
import type { Theme } from '../app/cartography/palette.ts';
import type { Story } from '../app/story/schema.ts';
import { NEIGHBOURS, SAME_FILL } from '../geo/config.ts';
import { expect, openPage, publishedGeo, test, type View } from './fixtures.ts';
import { patchColours } from './pixels.ts';

const OUT = 'test-results/cartography';
const geo = publishedGeo();
const story = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '..', 'public', 'content', 'article.json'), 'utf8'),
) as Story;

const ROUTES: { name: string; hash: string; ids: string[] }[] = [
  { name: 'overview', hash: '', ids: [] },
  ...geo.regions.features
    .filter((f) => f.properties.clickable)
    .map((f) => ({ name: f.id, hash: `#region=${f.id}`, ids: [f.id] })),
  ...story.events.map((e) => ({
    name: `event-${e.id}`,
    hash: `#event=${e.id}`,
    // The map highlights the smallest of the regions an event concerns.
    ids: framedRegions(geo, e.regions).map((f) => f.id),
  })),
];

type Rect = { left: number; top: number; right: number; bottom: number };

const feature = (id: string) => {
  const f = geo.regions.features.find((r) => r.id === id);
  if (!f) throw new Error(`no region ${id}`);
  return f;
};

/** The area a point lies in, and the feature that draws it there. */
function areaAt(lngLat: [number, number]): { area: Area; id: string } {
  const inside = (id: string) => polygonContains(feature(id).geometry, lngLat);
  const named: [string, Area][] = [
    ['crimea', 'crimea'],
    ['donbass-separatist-held', 'separatist-held'],
    ['donbass', 'donbass'],
    ['abkhazia', 'breakaway'],
    ['south-ossetia', 'breakaway'],
    ['russia', 'russia'],
    ['ukraine', 'ukraine'],
    ['georgia', 'georgia'],
  ];
  for (const [id, area] of named) if (inside(id)) return { area, id };
  const other = geo.regions.features.find(
    (f) => f.properties.kind === 'country' && !f.properties.clickable && polygonContains(f.geometry, lngLat),
  );
  return other ? { area: 'neighbour', id: other.id } : { area: 'sea', id: 'sea' };
}

const HATCHED: readonly Area[] = ['crimea', 'separatist-held', 'breakaway'];
/** A patch two hatch periods wide: its mean is what the eye averages. */
const PATCH = 22;

interface Seen {
  view: View;
  map: Rect;
  labels: { text: string; rect: Rect }[];
  controls: Rect[];
  png: Buffer;
}

async function svgState(page: Page): Promise<Seen> {
  const svg = page.locator('[data-svg-map] svg');
  const state = await svg.evaluate((element: SVGSVGElement) => {
    const box = element.getBoundingClientRect();
    // The attribute, in doubles: viewBox.baseVal holds single-precision floats.
    const [x = 0, y = 0, width = 0, height = 0] = (element.getAttribute('viewBox') ?? '')
      .split(' ')
      .map(Number);
    const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return {
      view: { x, y, width, height, px: { width: box.width, height: box.height } },
      map: rect(box),
      labels: [...element.querySelectorAll('.svg-labels text')].map((t) => ({
        text: t.textContent ?? '',
        rect: rect(t.getBoundingClientRect()),
      })),
      controls: [],
    };
  });
  return { ...state, png: await svg.screenshot() };
}

async function mapLibreState(page: Page): Promise<Seen> {
  const state = await page.evaluate(() => {
    const map = window.__explainer?.map;
    if (!map) throw new Error('no map handle');
    const container = map.getContainer();
    const rect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const b = map.getBounds();
    return {
      bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
      map: rect(container.getBoundingClientRect()),
      size: { width: container.clientWidth, height: container.clientHeight },
      labels: [...container.querySelectorAll<HTMLElement>('.map-label')]
        .filter((l) => !l.hidden)
        .map((l) => ({ text: l.textContent ?? '', rect: rect(l.getBoundingClientRect()) })),
      controls: [...container.querySelectorAll('.maplibregl-ctrl')].map((c) =>
        rect(c.getBoundingClientRect()),
      ),
    };
  });
  const [w = 0, s = 0, e = 0, n = 0] = state.bounds;
  const [x0, y1] = project(w, s);
  const [x1, y0] = project(e, n);
  return {
    view: { x: x0, y: y0, width: x1 - x0, height: y1 - y0, px: state.size },
    map: state.map,
    labels: state.labels,
    controls: state.controls,
    png: await page.locator('.map-area .maplibregl-canvas').screenshot(),
  };
}

const hex = (rgb: number[]) =>
  `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

const overlaps = (a: Rect, b: Rect, room = 0) =>
  a.left < b.right + room && b.left < a.right + room && a.top < b.bottom + room && b.top < a.bottom + room;

/** Checks one state; returns what is wrong, as sentences. */
async function problemsIn(page: Page, seen: Seen, ids: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const { view, map } = seen;

  // 1. Nothing past the published data.
  const [W, S, E, N] = geo.regions.bbox;
  const [ex0, ey1] = project(W, S);
  const [ex1, ey0] = project(E, N);
  const slack = 1e-6;
  if (
    view.x < ex0 - slack ||
    view.x + view.width > ex1 + slack ||
    view.y < ey0 - slack ||
    view.y + view.height > ey1 + slack
  ) {
    problems.push(`the view shows past the published extent`);
  }

  // 2. Names: inside the map, clear of the controls, not on each other.
  const half = 0.5;
  for (const [i, label] of seen.labels.entries()) {
    const r = label.rect;
    if (
      r.left < map.left - half ||
      r.right > map.right + half ||
      r.top < map.top - half ||
      r.bottom > map.bottom + half
    ) {
      problems.push(`"${label.text}" is cut by the map's edge`);
    }
    for (const control of seen.controls) {
      if (overlaps(r, control, -half)) problems.push(`"${label.text}" is under a map control`);
    }
    for (const other of seen.labels.slice(i + 1)) {
      if (overlaps(r, other.rect, -half)) problems.push(`"${label.text}" overlaps "${other.text}"`);
    }
  }

  // 3. Colours: sample patches well inside one feature, clear of names, dots and controls.
  const toLngLat = (x: number, y: number) =>
    unproject(view.x + (x / view.px.width) * view.width, view.y + (y / view.px.height) * view.height);
  const cities = geo.places.features
    .filter((p) => p.properties.kind === 'city')
    .map((p) => {
      const [wx, wy] = project(...p.geometry.coordinates);
      return {
        x: ((wx - view.x) / view.width) * view.px.width,
        y: ((wy - view.y) / view.height) * view.px.height,
      };
    });
  const blocked = [
    ...seen.labels.map((l) => l.rect),
    ...seen.controls,
    ...cities.map(({ x, y }) => ({
      left: map.left + x - 8,
      top: map.top + y - 8,
      right: map.left + x + 8,
      bottom: map.top + y + 8,
    })),
  ];
  const candidates: { x: number; y: number; area: Area; tinted: boolean }[] = [];
  for (let y = 4; y + PATCH < view.px.height - 4; y += 26) {
    for (let x = 4; x + PATCH < view.px.width - 4; x += 26) {
      const probes = [
        [x + 1, y + 1],
        [x + PATCH - 1, y + 1],
        [x + 1, y + PATCH - 1],
        [x + PATCH - 1, y + PATCH - 1],
        [x + PATCH / 2, y + PATCH / 2],
      ].map(([px, py]) => areaAt(toLngLat(px ?? 0, py ?? 0)));
      const first = probes[0];
      if (!first || probes.some((p) => p.id !== first.id)) continue;
      const patch = {
        left: map.left + x,
        top: map.top + y,
        right: map.left + x + PATCH,
        bottom: map.top + y + PATCH,
      };
      if (blocked.some((b) => overlaps(patch, b, 2))) continue;
      const centre = toLngLat(x + PATCH / 2, y + PATCH / 2);
      const tinted = ids.some((id) => polygonContains(feature(id).geometry, centre));
      candidates.push({ x, y, area: first.area, tinted });
    }
  }
  const colours = await patchColours(page, seen.png, view.px.width, candidates, PATCH);
  const groups = new Map<string, { area: Area; tinted: boolean; samples: number[][] }>();
  candidates.forEach((c, i) => {
    const key = `${c.area}${c.tinted ? ' (selected)' : ''}`;
    const { mean = [], median = [] } = colours[i] ?? {};
    const group = groups.get(key) ?? { area: c.area, tinted: c.tinted, samples: [] };
    group.samples.push(HATCHED.includes(c.area) ? mean : median);
    groups.set(key, group);
  });
  const seenColour = new Map(
    [...groups].map(([key, g]) => {
      const channel = (k: number) =>
        g.samples.map((s) => s[k] ?? 0).sort((a, b) => a - b)[Math.floor(g.samples.length / 2)] ?? 0;
      return [key, { ...g, colour: hex([channel(0), channel(1), channel(2)]) }];
    }),
  );
  for (const [a, b] of NEIGHBOURS) {
    const sameFill = SAME_FILL.some(([x, y]) => x === a && y === b);
    for (const [ka, ga] of seenColour) {
      if (ga.area !== a) continue;
      for (const [kb, gb] of seenColour) {
        if (gb.area !== b || (sameFill && ga.tinted === gb.tinted)) continue;
        for (const vision of ['normal', 'protanopia', 'deuteranopia'] as Vision[]) {
          const d = deltaE(ga.colour, gb.colour, vision);
          if (d < 10)
            problems.push(`${ka} ${ga.colour} vs ${kb} ${gb.colour}: ΔE2000 ${d.toFixed(1)} (${vision})`);
        }
      }
    }
  }
  if (seenColour.size < 2) problems.push(`too few areas sampled (${[...seenColour.keys()].join(', ')})`);
  return problems;
}

async function settle(page: Page): Promise<void> {
  // Two frames: the labels are placed in the frame after the camera comes to rest.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** How each map is opened, tells which regions it highlights once at rest, and is read. */
const RENDERERS = {
  svg: {
    name: 'the SVG map',
    open: (page: Page, theme: Theme) => openPage(page, `./?theme=${theme}`),
    highlighted: (page: Page) =>
      page
        .locator('[data-svg-map] [data-selected]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-selected')).sort()),
    state: svgState,
  },
  maplibre: {
    name: 'the interactive map',
    open: async (page: Page, theme: Theme) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`./?debug=1&theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
    },
    highlighted: (page: Page) =>
      page.evaluate(() => {
        const map = window.__explainer?.map;
        if (!map || map.isMoving() || !map.loaded()) return null;
        const all = [...new Set(map.querySourceFeatures('regions').map((f) => String(f.id)))];
        return all.filter((id) => map.getFeatureState({ source: 'regions', id }).selected).sort();
      }),
    state: mapLibreState,
  },
};

for (const theme of ['light', 'dark'] as Theme[]) {
  for (const width of [375, 1280]) {
    for (const [key, renderer] of Object.entries(RENDERERS)) {
      test(`${renderer.name}, ${width} px, ${theme}: every route inside the data, names clear, areas apart`, async ({
        page,
      }) => {
        test.setTimeout(180_000);
        await page.setViewportSize({ width, height: width < 600 ? 812 : 800 });
        await renderer.open(page, theme);
        const problems: string[] = [];
        for (const route of ROUTES) {
          await page.evaluate((hash) => {
            location.hash = hash;
          }, route.hash || '#');
          await expect.poll(() => renderer.highlighted(page)).toEqual([...route.ids].sort());
          await settle(page);
          const seen = await renderer.state(page);
          fs.mkdirSync(OUT, { recursive: true });
          fs.writeFileSync(`${OUT}/${key}-${width}-${theme}-${route.name}.png`, seen.png);
          problems.push(...(await problemsIn(page, seen, route.ids)).map((p) => `${route.name}: ${p}`));
        }
        expect(problems).toEqual([]);
      });
    }
  }
}
