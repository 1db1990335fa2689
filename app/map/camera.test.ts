import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GeoData, placesCollection, regionsCollection } from '../geo/schema.ts';
import { overviewBbox, regionBbox, unionBbox } from './camera.ts';

function publishedGeo(): GeoData {
  const read = (name: string) => JSON.parse(fs.readFileSync(`public/data/${name}`, 'utf8'));
  return {
    regions: regionsCollection.parse(read('regions.geojson')),
    places: placesCollection.parse(read('places.geojson')),
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
      const [rw, rs, re, rn] = regionBbox(geo, id) ?? [0, 0, 0, 0];
      expect(rw >= w && rs >= s && re <= e && rn <= n, id).toBe(true);
    }
  });

  it('has no box for an unknown region', () => {
    expect(regionBbox(publishedGeo(), 'atlantis')).toBeNull();
  });
});
