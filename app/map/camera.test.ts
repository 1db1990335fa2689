import fs from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { type GeoData, placesCollection, regionsCollection } from '../geo/schema.ts';
import { frameFor, MAX_FIT_ZOOM, OVERVIEW_PADDING, overviewBbox, unionBbox } from './camera.ts';

function publishedGeo(): GeoData {
  const read = (name: string) => JSON.parse(fs.readFileSync(`public/data/${name}`, 'utf8'));
  return {
    regions: v.parse(regionsCollection, read('regions.geojson')),
    places: v.parse(placesCollection, read('places.geojson')),
    borders: { type: 'FeatureCollection', features: [] },
  };
}

describe('camera boxes', () => {
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

  it('frames the overview when no known region is highlighted, else the regions with a margin', () => {
    const geo = publishedGeo();
    expect(frameFor(geo, ['atlantis'], 800, 600)).toEqual({
      bbox: overviewBbox(geo),
      padding: OVERVIEW_PADDING,
      maxZoom: 22,
    });
    const crimea = geo.regions.features.find((f) => f.id === 'crimea')?.bbox;
    expect(frameFor(geo, ['crimea'], 800, 600)).toEqual({ bbox: crimea, padding: 72, maxZoom: MAX_FIT_ZOOM });
  });
});
