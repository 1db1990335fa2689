import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { cameraForRegions } from './framing.ts';
import { estimateText, overlaps, placeLabels, type Viewport } from './labels.ts';
import { LOCATOR, locatorFor } from './locator.ts';
import { project, unproject } from './mercator.ts';

const geo = readGeo();
const small = ['south-ossetia', 'abkhazia', 'crimea', 'donbass'];

function viewport(ids: string[], width: number, height: number): Viewport {
  const camera = cameraForRegions(geo, ids, width, height);
  const [cx, cy] = project(...camera.center);
  const scale = 2 ** camera.zoom;
  return {
    width,
    height,
    project: ([lon, lat]) => {
      const [x, y] = project(lon, lat);
      return [(x - cx) * scale + width / 2, (y - cy) * scale + height / 2];
    },
    unproject: ([x, y]) => unproject(cx + (x - width / 2) / scale, cy + (y - height / 2) / scale),
  };
}

describe('the locator inset', () => {
  it('shows only when the map is zoomed in past its opening, and in a map with room for it', () => {
    expect(locatorFor(geo, [], 760, 640)).toBeNull();
    for (const id of small) expect(locatorFor(geo, [id], 760, 640), id).not.toBeNull();
    expect(locatorFor(geo, ['south-ossetia'], LOCATOR.minMapWidth - 1, 300)).toBeNull();
  });

  it('sits in the top left corner, sized to the map within its bounds', () => {
    for (const [w, h] of [
      [359, 300],
      [760, 640],
      [1400, 800],
    ] as const) {
      const box = locatorFor(geo, ['crimea'], w, h)?.box;
      expect(box?.[0]).toBe(LOCATOR.inset);
      expect(box?.[1]).toBe(LOCATOR.inset);
      const width = (box?.[2] ?? 0) - (box?.[0] ?? 0);
      expect(width).toBeGreaterThanOrEqual(LOCATOR.minWidth);
      expect(width).toBeLessThanOrEqual(LOCATOR.maxWidth);
    }
  });

  it('draws the big map’s view as a frame inside its area, holding the framed region', () => {
    for (const id of small) {
      const locator = locatorFor(geo, [id], 760, 640);
      const region = geo.regions.features.find((f) => f.id === id);
      if (!locator || !region) throw new Error(id);
      const [aw, as, ae, an] = locator.area;
      const [fw, fs, fe, fn] = locator.frame;
      expect(fw >= aw && fe <= ae && fs >= as && fn <= an, `${id}'s frame inside the area`).toBe(true);
      const [rw, rs, re, rn] = region.bbox;
      expect(rw >= fw && re <= fe && rs >= fs && rn <= fn, `${id} inside its frame`).toBe(true);
    }
  });

  it('keeps the map’s names clear of it', () => {
    const routes = [...small.map((id) => [id]), ['russia'], ['georgia'], ['ukraine'], ['crimea', 'donbass']];
    let checked = 0;
    for (const [w, h] of [
      [300, 300],
      [359, 240],
      [359, 300],
      [684, 280],
      [760, 640],
      [1280, 600],
    ] as const)
      for (const ids of routes) {
        const locator = locatorFor(geo, ids, w, h);
        if (!locator) continue;
        checked += 1;
        const placed = placeLabels(geo, viewport(ids, w, h), estimateText, { highlighted: ids });
        for (const label of placed)
          expect(overlaps(label.box, locator.box), `${label.id} in ${ids} at ${w}×${h}`).toBe(false);
      }
    expect(checked).toBeGreaterThan(10);
  });
});
