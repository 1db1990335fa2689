import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { cameraForRegions } from './framing.ts';
import { cameraForMap, footOf } from './furniture.ts';
import { project } from './mercator.ts';

const geo = readGeo();
const selectable = geo.regions.features.filter(
  (f) => f.properties.clickable && f.properties.kind !== 'country',
);

describe('the camera both renderers ask for', () => {
  it('keeps each area above the story steps when they are shown, in a phone page and a wide embed', () => {
    for (const [width, height] of [
      [375, 340],
      [684, 280],
    ] as const) {
      for (const f of selectable) {
        const camera = cameraForMap(geo, [f.id], width, height, true);
        const scale = 2 ** camera.zoom;
        const [, cy] = project(...camera.center);
        const [, south] = project(f.bbox[0], f.bbox[1]);
        const bottom = (south - cy) * scale + height / 2;
        expect(bottom, `${f.id} at ${width}×${height}`).toBeLessThanOrEqual(height - footOf(true) + 0.5);
      }
    }
  });

  it('uses the whole map when the steps are not shown', () => {
    for (const f of selectable)
      expect(cameraForMap(geo, [f.id], 375, 340, false)).toEqual(cameraForRegions(geo, [f.id], 375, 340));
  });
});
