import fs from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type GeoData, placesCollection, regionsCollection } from '../geo/schema.ts';
import {
  cameraFor,
  cameraForRegions,
  frameFor,
  MAX_FIT_ZOOM,
  OVERVIEW_MARGIN,
  overviewBbox,
  REGION_MARGIN,
  unionBbox,
} from './framing.ts';
import { project, unproject } from './mercator.ts';

function publishedGeo(): GeoData {
  const read = (name: string) => JSON.parse(fs.readFileSync(`public/data/${name}`, 'utf8'));
  return {
    regions: v.parse(regionsCollection, read('regions.geojson')),
    places: v.parse(placesCollection, read('places.geojson')),
    borders: { type: 'FeatureCollection', features: [] },
  };
}

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
      padding: Math.round(600 * OVERVIEW_MARGIN),
      maxZoom: MAX_FIT_ZOOM,
    });
    const crimea = geo.regions.features.find((f) => f.id === 'crimea')?.bbox;
    expect(frameFor(geo, ['crimea'], 800, 600)).toEqual({
      bbox: crimea,
      padding: Math.round(600 * REGION_MARGIN),
      maxZoom: MAX_FIT_ZOOM,
    });
  });

  it('fits the box inside the padding, touching it on the tighter side, centred in Mercator', () => {
    const frame = { bbox: [30, 40, 40, 50] as [number, number, number, number], padding: 20, maxZoom: 22 };
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
    expect(cx).toBeCloseTo((x0 + x1) / 2, 9);
    expect(cy).toBeCloseTo((y0 + y1) / 2, 9);
  });

  it('never zooms past the maximum, and survives a map smaller than its padding', () => {
    expect(cameraFor({ bbox: [44, 42, 44.1, 42.1], padding: 20, maxZoom: 6 }, 800, 600).zoom).toBe(6);
    const tiny = cameraFor({ bbox: [30, 40, 40, 50], padding: 50, maxZoom: 6 }, 60, 60);
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

describe('framing a wide box', () => {
  it('fits the width when the box is wider than the map', () => {
    const frame = { bbox: [20, 45, 50, 46] as [number, number, number, number], padding: 10, maxZoom: 22 };
    const { zoom } = cameraFor(frame, 400, 400);
    const [x0] = project(20, 45);
    const [x1] = project(50, 45);
    expect((x1 - x0) * 2 ** zoom).toBeCloseTo(380, 6);
  });
});
