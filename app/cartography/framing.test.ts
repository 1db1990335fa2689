import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import type { Bbox } from '../geo/schema.ts';
import {
  cameraFor,
  cameraForRegions,
  constrainCamera,
  framedRegions,
  frameFor,
  MAX_FIT_ZOOM,
  OVERVIEW_MARGIN,
  overviewBbox,
  overviewKeep,
  REGION_MARGIN,
  unionBbox,
} from './framing.ts';
import { project, unproject } from './mercator.ts';

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

/** The box a camera shows on a map of this size. */
function viewOf({ center, zoom }: { center: [number, number]; zoom: number }, width: number, height: number) {
  const [cx, cy] = project(...center);
  const k = 2 ** zoom;
  const [w, n] = unproject(cx - width / 2 / k, cy - height / 2 / k);
  const [e, s] = unproject(cx + width / 2 / k, cy + height / 2 / k);
  return [w, s, e, n];
}

const publishedGeo = () => readGeo();

describe('framing', () => {
  it('unions boxes', () => {
    expect(
      unionBbox([
        [0, 0, 1, 1],
        [-1, 0.5, 0.5, 2],
      ]),
    ).toEqual([-1, 0, 1, 2]);
  });

  it('opens on every region of the article and every marked city, Moscow included', () => {
    const geo = publishedGeo();
    const [w, s, e, n] = overviewBbox(geo);
    const moscow = geo.places.features.find((p) => p.id === 'moscow')?.geometry.coordinates ?? [0, 0];
    expect(moscow[1]).toBeLessThanOrEqual(n);
    for (const id of ['georgia', 'south-ossetia', 'crimea', 'donbass', 'ukraine']) {
      const [rw, rs, re, rn] = geo.regions.features.find((f) => f.id === id)?.bbox ?? [0, 0, 0, 0];
      expect(rw >= w && rs >= s && re <= e && rn <= n, id).toBe(true);
    }
  });

  it('frames the overview when no known region is highlighted, else the regions with a wider margin', () => {
    const geo = publishedGeo();
    expect(frameFor(geo, ['atlantis'], 800, 600)).toEqual({
      bbox: overviewBbox(geo),
      keep: overviewKeep(geo),
      extent: geo.regions.bbox,
      padding: Math.round(600 * OVERVIEW_MARGIN),
      foot: 0,
      maxZoom: MAX_FIT_ZOOM,
    });
    const crimea = geo.regions.features.find((f) => f.id === 'crimea')?.bbox;
    expect(frameFor(geo, ['crimea'], 800, 600)).toEqual({
      bbox: crimea,
      keep: crimea,
      extent: geo.regions.bbox,
      padding: Math.round(600 * REGION_MARGIN),
      foot: 0,
      maxZoom: MAX_FIT_ZOOM,
    });
  });

  it('fits the box inside the padding, touching it on the tighter side, centred in Mercator', () => {
    const frame = {
      bbox: [30, 40, 40, 50] as [number, number, number, number],
      padding: 20,
      maxZoom: 22,
      extent: WORLD,
      foot: 0,
    };
    const { center, zoom } = cameraFor(frame, 800, 600);
    const [x0, y1] = project(30, 40);
    const [x1, y0] = project(40, 50);
    const scale = 2 ** zoom;
    const fitsX = (x1 - x0) * scale;
    const fitsY = (y1 - y0) * scale;
    expect(fitsX).toBeLessThanOrEqual(760 + 1e-6);
    expect(fitsY).toBeLessThanOrEqual(560 + 1e-6);
    expect(Math.max(fitsX - 760, fitsY - 560)).toBeCloseTo(0, 6);
    const [cx, cy] = project(...center);
    // To 1e-8: the projection settles its results to 1e-9 (mercator.ts, `settle`).
    expect(cx).toBeCloseTo((x0 + x1) / 2, 8);
    expect(cy).toBeCloseTo((y0 + y1) / 2, 8);
  });

  it('never zooms past the maximum, and survives a map smaller than its padding', () => {
    expect(
      cameraFor({ bbox: [44, 42, 44.1, 42.1], padding: 20, maxZoom: 6, extent: WORLD, foot: 0 }, 800, 600)
        .zoom,
    ).toBe(6);
    const tiny = cameraFor(
      { bbox: [30, 40, 40, 50], padding: 50, maxZoom: 6, extent: WORLD, foot: 0 },
      60,
      60,
    );
    expect(Number.isFinite(tiny.zoom)).toBe(true);
  });

  it('gives the same camera for a route whichever renderer asks, and the overview again after a selection', () => {
    const geo = publishedGeo();
    const opening = cameraForRegions(geo, [], 1024, 640);
    cameraForRegions(geo, ['crimea'], 1024, 640);
    expect(cameraForRegions(geo, [], 1024, 640)).toEqual(opening);
  });

  it('unprojects what it projects', () => {
    const [lon, lat] = unproject(...project(44.5, 42.2));
    expect(lon).toBeCloseTo(44.5, 9);
    expect(lat).toBeCloseTo(42.2, 9);
  });
});

describe('framing by subject', () => {
  const geo = publishedGeo();
  const kindOf = (id: string) => geo.regions.features.find((f) => f.id === id)?.properties.kind;
  const framed = (ids: string[]) => framedRegions(geo, ids).map((f) => f.id);

  it('frames South Ossetia, not Russia, for what concerns Moscow and Tskhinvali', () => {
    expect(framed(['russia', 'south-ossetia'])).toEqual(['south-ossetia']);
    expect(frameFor(geo, ['russia', 'south-ossetia'], 800, 600)).toEqual(
      frameFor(geo, ['south-ossetia'], 800, 600),
    );
  });

  it('frames every region smaller than a country that is concerned, and no country beside them', () => {
    const ids = geo.regions.features.filter((f) => f.properties.clickable).map((f) => f.id);
    const small = ids.filter((id) => kindOf(id) !== 'country');
    expect(small.length).toBeGreaterThan(1);
    expect(framed(ids).sort()).toEqual(small.sort());
  });

  it('frames countries only when nothing smaller is concerned, each by the part the data gives', () => {
    expect(framed(['georgia', 'russia']).sort()).toEqual(['georgia', 'russia']);
    const russia = geo.regions.features.find((f) => f.id === 'russia');
    expect(frameFor(geo, ['russia'], 800, 600).bbox).toEqual(russia?.properties.frame ?? russia?.bbox);
  });

  it('frames the overview for nothing known', () => {
    expect(framed(['atlantis'])).toEqual([]);
    expect(frameFor(geo, [], 800, 600).bbox).toEqual(overviewBbox(geo));
  });
});

describe('framing a wide box', () => {
  it('fits the width when the box is wider than the map', () => {
    const frame = {
      bbox: [20, 45, 50, 46] as [number, number, number, number],
      padding: 10,
      maxZoom: 22,
      extent: WORLD,
      foot: 0,
    };
    const { zoom } = cameraFor(frame, 400, 400);
    const [x0] = project(20, 45);
    const [x1] = project(50, 45);
    expect((x1 - x0) * 2 ** zoom).toBeCloseTo(380, 6);
  });
});

describe('the published extent', () => {
  const geo = publishedGeo();
  const [W, S, E, N] = geo.regions.bbox;
  const within = ([w, s, e, n]: number[]) =>
    (w ?? 0) >= W - 1e-9 && (s ?? 0) >= S - 1e-9 && (e ?? 0) <= E + 1e-9 && (n ?? 0) <= N + 1e-9;

  it.each([
    [320, 400],
    [375, 560],
    [768, 500],
    [1280, 600],
    [739, 600],
    [2000, 400],
  ])('holds every route on a %i×%i map: the view never shows past the data', (width, height) => {
    const routes = [[], ...geo.regions.features.filter((f) => f.properties.clickable).map((f) => [f.id])];
    for (const ids of [...routes, ['russia', 'ukraine', 'crimea'], ['georgia', 'russia']]) {
      expect(within(viewOf(cameraForRegions(geo, ids, width, height), width, height)), ids.join()).toBe(true);
    }
  });

  it.each([
    [684, 280],
    [984, 420],
    [1000, 300],
    [304, 240],
    [359, 300],
  ])(
    'opens a %i×%i map with every disputed region wholly in view, moving off the cities if it must',
    (width, height) => {
      const [w, s, e, n] = viewOf(cameraForRegions(geo, [], width, height), width, height) as Bbox;
      for (const f of geo.regions.features.filter(
        (g) => g.properties.clickable && g.properties.kind !== 'country',
      )) {
        const [fw, fs, fe, fn] = f.bbox;
        expect(fw >= w && fe <= e && fs >= s && fn <= n, `${f.id} at ${width}×${height}`).toBe(true);
      }
    },
  );

  it('frames Russia by the part the story is about, not its box to the Pacific', () => {
    const russia = geo.regions.features.find((f) => f.id === 'russia');
    expect(russia?.properties.frame).toBeDefined();
    expect(frameFor(geo, ['russia'], 800, 600).bbox).toEqual(russia?.properties.frame);
  });

  it('zooms in until the extent covers the map, and moves a view that strays back inside', () => {
    const extent: [number, number, number, number] = [30, 40, 40, 50];
    const wide = constrainCamera({ center: [35, 45], zoom: 0 }, extent, 800, 600);
    const [w, s, e, n] = viewOf(wide, 800, 600);
    expect(w).toBeCloseTo(30, 6);
    expect(e).toBeCloseTo(40, 6);
    expect(s).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(n).toBeLessThanOrEqual(50 + 1e-9);
    const strayed = constrainCamera({ center: [10, 70], zoom: 6 }, extent, 800, 600);
    const [sw, , , sn] = viewOf(strayed, 800, 600);
    expect(sw).toBeCloseTo(30, 6);
    expect(sn).toBeCloseTo(50, 6);
    const inside = { center: [35, 45] as [number, number], zoom: 6 };
    expect(constrainCamera(inside, extent, 800, 600)).toEqual(inside);
  });
});
