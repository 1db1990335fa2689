import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import type { GeoData } from '../geo/schema.ts';
import { regionsOfPassage } from '../story/queries.ts';
import type { Story } from '../story/schema.ts';
import { DETAIL, detailFor } from './detail.ts';
import { cameraForRegions, framedRegions, REGION_MARGIN } from './framing.ts';
import { footOf, furnitureFor, STORY_STEPS } from './furniture.ts';
import { overlaps } from './labels.ts';
import { project } from './mercator.ts';

const geo = readGeo();
const story: Story = JSON.parse(fs.readFileSync('public/content/article.json', 'utf8'));
/** The map's sizes: phone page, phone embed, 700 px embed, square, desktop page. */
const SIZES = [
  [375, 340],
  [304, 280],
  [684, 280],
  [520, 520],
  [739, 600],
] as const;

/** The larger side of a region's box on a map showing `ids`, in CSS px. */
function sideOnMap(id: string, ids: readonly string[], width: number, height: number, foot: number): number {
  const { zoom } = cameraForRegions(geo, ids, width, height, foot);
  const bbox = geo.regions.features.find((f) => f.id === id)?.bbox;
  if (!bbox) throw new Error(id);
  const [x0, y1] = project(bbox[0], bbox[1]);
  const [x1, y0] = project(bbox[2], bbox[3]);
  return Math.max(x1 - x0, y1 - y0) * 2 ** zoom;
}

/** The larger side of a region's box in the detail inset, in CSS px. */
function sideInDetail(id: string, area: readonly number[], box: readonly number[]): number {
  const bbox = geo.regions.features.find((f) => f.id === id)?.bbox;
  if (!bbox) throw new Error(id);
  const [ax0, ay1] = project(area[0] ?? 0, area[1] ?? 0);
  const [ax1] = project(area[2] ?? 0, area[3] ?? 0);
  const scale = ((box[2] ?? 0) - (box[0] ?? 0)) / (ax1 - ax0);
  const [x0, y1] = project(bbox[0], bbox[1]);
  const [x1, y0] = project(bbox[2], bbox[3]);
  expect(ay1).toBeGreaterThan(y1); // the region lies inside the inset's area
  return Math.max(x1 - x0, y1 - y0) * scale;
}

describe('the detail inset', () => {
  it('shows no inset when one region is framed, or none', () => {
    for (const [w, h] of SIZES) {
      expect(detailFor(geo, [], w, h)).toBeNull();
      for (const id of ['south-ossetia', 'abkhazia', 'crimea', 'donbass', 'russia'])
        expect(detailFor(geo, [id], w, h, footOf(true)), id).toBeNull();
    }
  });

  it('in every story passage and at every size, each small region the map frames is at least 12 % of the shorter side, on the map or in the inset', () => {
    let insets = 0;
    for (const passage of story.passages) {
      const ids = [...regionsOfPassage(passage)];
      const small = framedRegions(geo, ids).filter((f) => f.properties.kind !== 'country');
      for (const [w, h] of SIZES) {
        const foot = footOf(true);
        const furniture = furnitureFor(geo, ids, w, h, true);
        for (const f of small) {
          const where = `${passage.id} ${f.id} at ${w}×${h}`;
          const detail = furniture.detail?.id === f.id ? furniture.detail : null;
          const side = detail
            ? sideInDetail(f.id, detail.area, [
                detail.box[0],
                detail.box[1],
                detail.box[2],
                detail.box[3] - DETAIL.nameHeight,
              ])
            : sideOnMap(f.id, ids, w, h, foot);
          expect(side / Math.min(w, h), where).toBeGreaterThanOrEqual(DETAIL.minShare);
          if (detail) insets++;
        }
      }
    }
    // The Reuters passage (South Ossetia, Crimea and Donbass) needs it at every size.
    expect(insets).toBeGreaterThanOrEqual(SIZES.length);
  });

  it('sits inside the map, under the locator when there is one, clear of the story steps', () => {
    const ids = ['south-ossetia', 'crimea', 'donbass'];
    for (const [w, h] of SIZES) {
      const { detail, locator, foot } = furnitureFor(geo, ids, w, h, true);
      if (!detail) throw new Error(`no inset at ${w}×${h}`);
      expect(detail.id).toBe('south-ossetia');
      expect(detail.name).toBe('South Ossetia');
      const [x0, y0, x1, y1] = detail.box;
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(w);
      expect(y1).toBeLessThanOrEqual(h - foot);
      if (locator) expect(overlaps(detail.box, locator.box)).toBe(false);
      expect(x1 - x0).toBeGreaterThanOrEqual(DETAIL.minSide);
    }
  });

  it('enlarges the smallest of the regions too small to see, centred, with room around it, at the size of its map', () => {
    const check = (
      ids: string[],
      w: number,
      h: number,
      above: [number, number, number, number] | null = null,
    ) => {
      const detail = detailFor(geo, ids, w, h, 0, above);
      if (!detail) throw new Error(`no inset for ${ids.join('+')} at ${w}×${h}`);
      const where = `${ids.join('+')} at ${w}×${h}`;
      const region = geo.regions.features.find((f) => f.id === detail.id);
      if (!region) throw new Error(detail.id);
      // The smallest framed region, and too small on the map.
      const framed = framedRegions(geo, ids).filter((f) => f.properties.kind !== 'country');
      for (const other of framed)
        expect(sideOnMap(detail.id, ids, w, h, 0), where).toBeLessThanOrEqual(
          sideOnMap(other.id, ids, w, h, 0),
        );
      expect(sideOnMap(detail.id, ids, w, h, 0)).toBeLessThan(Math.min(w, h) * DETAIL.minShare);
      // In the top left corner, or under the box above it.
      const [left, top, right, bottom] = detail.box;
      expect(left).toBe(DETAIL.inset);
      expect(top).toBe(above ? above[3] + DETAIL.inset : DETAIL.inset);
      // Its map's larger side is its share of the map's shorter side, within the bounds.
      const mapW = right - left;
      const mapH = bottom - top - DETAIL.nameHeight;
      const side = Math.min(DETAIL.maxSide, Math.max(DETAIL.minSide, Math.min(w, h) * DETAIL.share));
      expect(Math.max(mapW, mapH), where).toBeCloseTo(side, 0);
      // The area it shows: the region's box centred, with the margin's room on its tighter axis, in the map's shape.
      const [aw, as, ae, an] = detail.area;
      const [ax0, ay1] = project(aw, as);
      const [ax1, ay0] = project(ae, an);
      const [x0, y1] = project(region.bbox[0], region.bbox[1]);
      const [x1, y0] = project(region.bbox[2], region.bbox[3]);
      expect((ax0 + ax1) / 2, where).toBeCloseTo((x0 + x1) / 2, 9);
      expect((ay0 + ay1) / 2, where).toBeCloseTo((y0 + y1) / 2, 9);
      expect((ax1 - ax0) / (ay1 - ay0), where).toBeCloseTo(mapW / mapH, 1);
      const room = Math.max(x1 - x0, y1 - y0) * DETAIL.margin;
      const fitX = (ax1 - ax0) / (x1 - x0 + 2 * room);
      const fitY = (ay1 - ay0) / (y1 - y0 + 2 * room);
      expect(Math.min(fitX, fitY), where).toBeCloseTo(1, 2);
      expect(Math.max(fitX, fitY), where).toBeGreaterThanOrEqual(0.999);
      return detail;
    };
    for (const [w, h] of [...SIZES, [1200, 900] as const])
      check(['south-ossetia', 'abkhazia', 'crimea', 'donbass'], w, h);
    // Two framed regions are enough for one to be too small.
    expect(check(['south-ossetia', 'crimea'], 375, 340).id).toBe('south-ossetia');
    check(['south-ossetia', 'crimea', 'donbass'], 739, 600, [8, 8, 128, 118]);
    // None when every framed region is big enough to see.
    for (const [w, h] of SIZES) expect(detailFor(geo, ['abkhazia', 'crimea'], w, h), `${w}×${h}`).toBeNull();
  });

  it('fits above the covered foot to the pixel, and gives up one pixel later', () => {
    const ids = ['south-ossetia', 'crimea', 'donbass'];
    const open = detailFor(geo, ids, 375, 340);
    if (!open) throw new Error('no inset');
    const fits = 340 - open.box[3] - DETAIL.inset;
    expect(detailFor(geo, ids, 375, 340, fits)?.box).toEqual(open.box);
    expect(detailFor(geo, ids, 375, 340, fits + 1)).toBeNull();
  });

  it('gives up rather than cover the story steps in a map too short for it', () => {
    expect(detailFor(geo, ['south-ossetia', 'crimea', 'donbass'], 400, 150, footOf(true))).toBeNull();
  });
});

/** A made-up map: every published area is wider than tall, so these try the other shape too. */
type Box4 = [number, number, number, number];
function madeUp(boxes: Record<string, { kind: string; bbox: Box4; frame?: Box4 }>): GeoData {
  const features = Object.entries(boxes).map(([id, { kind, bbox, frame }]) => ({
    type: 'Feature',
    id,
    bbox,
    properties: { name: `The ${id}`, kind, frame },
    geometry: { type: 'Point', coordinates: [bbox[0], bbox[1]] },
  }));
  return {
    regions: { type: 'FeatureCollection', bbox: [0, 30, 60, 60], features },
    borders: { type: 'FeatureCollection', features: [] },
    places: { type: 'FeatureCollection', features: [] },
  } as unknown as GeoData;
}

describe('the detail inset of a region of any shape', () => {
  const made = madeUp({
    // A tall sliver: 0.05° wide, 0.6° high.
    sliver: { kind: 'disputed', bbox: [20, 44, 20.05, 44.6] },
    // Narrow, but tall enough to see on a map framing it with the plain.
    column: { kind: 'disputed', bbox: [21, 40, 21.05, 48] },
    plain: { kind: 'disputed', bbox: [30, 40, 40, 46] },
    north: { kind: 'country', bbox: [10, 35, 30, 55] },
    south: { kind: 'country', bbox: [25, 33, 45, 50] },
    islet: { kind: 'country', bbox: [50, 40, 50.05, 40.05] },
    // A speck whose frame takes in the whole map: alone, it is what the map is about.
    speck: { kind: 'disputed', bbox: [12, 50, 12.02, 50.02], frame: [0, 30, 60, 60] },
  });
  const [W, H] = [520, 400];

  it('enlarges a tall region in a tall map: its full side upright, narrower across, centred, with room all round', () => {
    const detail = detailFor(made, ['sliver', 'plain'], W, H);
    if (!detail) throw new Error('no inset for the sliver');
    expect(detail.id).toBe('sliver');
    expect(detail.name).toBe('The sliver');
    const [left, top, right, bottom] = detail.box;
    const mapW = right - left;
    const mapH = bottom - top - DETAIL.nameHeight;
    const side = Math.min(DETAIL.maxSide, Math.max(DETAIL.minSide, Math.min(W, H) * DETAIL.share));
    expect(mapH).toBe(Math.round(side));
    expect(mapW).toBe(DETAIL.minSide); // never narrower than its name needs
    expect(mapW).toBeLessThan(mapH);
    const [aw, as, ae, an] = detail.area;
    const [ax0, ay1] = project(aw, as);
    const [ax1, ay0] = project(ae, an);
    const [x0, y1] = project(20, 44);
    const [x1, y0] = project(20.05, 44.6);
    expect((ax0 + ax1) / 2).toBeCloseTo((x0 + x1) / 2, 7);
    expect((ay0 + ay1) / 2).toBeCloseTo((y0 + y1) / 2, 7);
    expect((ax1 - ax0) / (ay1 - ay0)).toBeCloseTo(mapW / mapH, 2);
    // The room is a share of the region's larger side (its height), above, below and beside it.
    const room = (y1 - y0) * DETAIL.margin;
    expect((ay1 - ay0) / (y1 - y0 + 2 * room)).toBeCloseTo(1, 6);
    expect(ax1 - ax0).toBeGreaterThan(x1 - x0 + 2 * room);
  });

  it('judges a region by its larger side: a narrow but tall one is big enough to see', () => {
    expect(detailFor(made, ['column', 'plain'], W, H)).toBeNull();
  });

  it('enlarges only disputed areas, never a country, and needs two framed areas', () => {
    expect(detailFor(made, ['north', 'south'], W, H)).toBeNull();
    expect(detailFor(made, ['sliver', 'north'], W, H)).toBeNull();
    expect(detailFor(made, ['sliver'], W, H)).toBeNull();
    expect(detailFor(made, ['islet', 'north'], W, H)).toBeNull();
    expect(detailFor(made, ['speck'], W, H)).toBeNull();
    expect(detailFor(made, ['speck', 'plain'], W, H)?.id).toBe('speck');
    expect(detailFor(made, ['sliver', 'plain', 'north'], W, H)?.id).toBe('sliver');
  });
});

describe('the story steps at the map’s foot', () => {
  it('cover a band at the foot that the framing keeps the subject above, in every passage and at every size', () => {
    const subjects = [
      ...['south-ossetia', 'abkhazia', 'crimea', 'donbass'].map((id) => [id]),
      ...story.passages.map((p) => [...regionsOfPassage(p)]),
    ];
    for (const [w, h] of SIZES)
      for (const ids of subjects) {
        const foot = footOf(true);
        const camera = cameraForRegions(geo, ids, w, h, foot);
        const [, cy] = project(...camera.center);
        const framed = framedRegions(geo, ids).filter((r) => r.properties.kind !== 'country');
        const yOf = (lat: number) => (project(0, lat)[1] - cy) * 2 ** camera.zoom + h / 2;
        const top = Math.min(...framed.map((f) => yOf(f.bbox[3])));
        const bottom = Math.max(...framed.map((f) => yOf(f.bbox[1])));
        const where = `${ids.join('+')} at ${w}×${h}`;
        expect(bottom, where).toBeLessThanOrEqual(h - foot);
        // With the margin a framed region has, or, where that does not fit, as much room under it as over it.
        const margin = Math.min(w, h - foot) * REGION_MARGIN;
        expect(h - foot - bottom, where).toBeGreaterThanOrEqual(Math.min(margin, top) - 1);
      }
  });

  it('are a box names keep clear of, only in story mode', () => {
    const steps = (on: boolean) => furnitureFor(geo, ['crimea'], 375, 340, on).boxes;
    expect(steps(true)).toContainEqual([37.5, 340 - footOf(true), 337.5, 340]);
    expect(steps(false).some((b) => b[3] === 340)).toBe(false);
    expect(footOf(false)).toBe(0);
    expect(footOf(true)).toBe(STORY_STEPS.height + STORY_STEPS.bottom);
  });
});
