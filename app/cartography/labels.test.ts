import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import type { GeoData } from '../geo/schema.ts';
import { viewBoxFor } from '../map/svg/projection.ts';
import { viewedGeo } from '../views/resolve.ts';
import { viewsSchema } from '../views/schema.ts';
import { cameraForRegions } from './framing.ts';
import {
  boxAt,
  estimateText,
  LABEL_MARGIN,
  linesOf,
  type Measure,
  overlaps,
  type PlacedLabel,
  placeLabels,
  polygonContains,
  type Viewport,
  visiblePointsOf,
} from './labels.ts';
import { project, unproject } from './mercator.ts';
import { LABEL_HALO, LABEL_LINE_EMS, LABEL_LINES, LABELS, type LabelKind } from './style.ts';

const publishedGeo = () => readGeo();

function viewport(geo: GeoData, ids: string[], width: number, height: number): Viewport {
  const view = viewBoxFor(cameraForRegions(geo, ids, width, height), width, height);
  return {
    width,
    height,
    project: ([lon, lat]) => {
      const [x, y] = project(lon, lat);
      return [(x - view.x) * view.scale, (y - view.y) * view.scale];
    },
    unproject: ([x, y]) => unproject(view.x + x / view.scale, view.y + y / view.scale),
  };
}

const geo = publishedGeo();
const routes = [[], ...geo.regions.features.filter((f) => f.properties.clickable).map((f) => [f.id])];
const names = (placed: PlacedLabel[]) => placed.map((l) => l.id);

describe('placing the names', () => {
  it.each([
    [320, 300],
    [375, 420],
    [768, 500],
    [1280, 600],
  ])(
    'on a %i×%i map, in every route: no two overlap, none is cut, none covers a city dot',
    (width, height) => {
      for (const ids of routes) {
        const view = viewport(geo, ids, width, height);
        const placed = placeLabels(geo, view, estimateText, { highlighted: ids });
        for (const [i, a] of placed.entries()) {
          expect(a.box[0] >= LABEL_MARGIN && a.box[2] <= width - LABEL_MARGIN, `${a.id} in ${ids}`).toBe(
            true,
          );
          expect(a.box[1] >= LABEL_MARGIN && a.box[3] <= height - LABEL_MARGIN, `${a.id} in ${ids}`).toBe(
            true,
          );
          for (const b of placed.slice(i + 1))
            expect(overlaps(a.box, b.box), `${a.id}/${b.id} in ${ids}`).toBe(false);
        }
        for (const region of ids) expect(names(placed), `${region} names itself`).toContain(region);
      }
    },
  );

  it('names the countries in every zoomed view where they show, Russia in the Crimea view included', () => {
    const crimea = placeLabels(geo, viewport(geo, ['crimea'], 739, 600), estimateText, {
      highlighted: ['crimea'],
    });
    expect(names(crimea)).toEqual(expect.arrayContaining(['crimea', 'ukraine', 'russia']));
    const ossetia = placeLabels(geo, viewport(geo, ['south-ossetia'], 739, 600), estimateText);
    expect(names(ossetia)).toEqual(
      expect.arrayContaining(['south-ossetia', 'georgia', 'russia', 'tskhinvali']),
    );
  });

  it('names Abkhazia and the story’s cities in the overview where there is room', () => {
    const overview = names(placeLabels(geo, viewport(geo, [], 1280 - 541, 600), estimateText));
    expect(overview).toEqual(
      expect.arrayContaining(['abkhazia', 'south-ossetia', 'crimea', 'donbass', 'moscow', 'kyiv', 'tbilisi']),
    );
  });

  it.each([
    [684, 280],
    [700, 280],
    [304, 240],
    [984, 420],
  ])('names every disputed region in a %i×%i opening, short embeds included', (width, height) => {
    const placed = names(placeLabels(geo, viewport(geo, [], width, height), estimateText));
    expect(placed).toEqual(expect.arrayContaining(['south-ossetia', 'abkhazia', 'crimea', 'donbass']));
  });

  it('keeps clear of the map’s controls', () => {
    const view = viewport(geo, [], 739, 600);
    const everywhere: [number, number, number, number] = [0, 0, 739, 600];
    expect(placeLabels(geo, view, estimateText, { obstacles: [everywhere] })).toEqual([]);
  });

  it('puts a name on the side it is told', () => {
    expect(boxAt([100, 50], 'center', 20, 10, 4)).toEqual([90, 45, 110, 55]);
    expect(boxAt([100, 50], 'above', 20, 10, 4)).toEqual([90, 36, 110, 46]);
    expect(boxAt([100, 50], 'below', 20, 10, 4)).toEqual([90, 54, 110, 64]);
    expect(boxAt([100, 50], 'right', 20, 10, 4)).toEqual([104, 45, 124, 55]);
    expect(boxAt([100, 50], 'left', 20, 10, 4)).toEqual([76, 45, 96, 55]);
    expect(overlaps([0, 0, 10, 10], [10, 0, 20, 10])).toBe(false);
    expect(overlaps([0, 0, 10, 10], [9, 9, 20, 20])).toBe(true);
    expect(overlaps([0, 0, 10, 10], [11, 0, 20, 10], 2)).toBe(true);
  });

  it('finds a point inside the visible part of a region, away from its edges', () => {
    const view = viewport(geo, ['crimea'], 739, 600);
    const russia = geo.regions.features.find((f) => f.id === 'russia');
    if (!russia) throw new Error('no Russia');
    const [point] = visiblePointsOf(russia, view);
    expect(point).toBeDefined();
    if (!point) return;
    expect(polygonContains(russia.geometry, point)).toBe(true);
    const [x, y] = view.project(point);
    expect(x > 16 && x < 739 - 16 && y > 16 && y < 600 - 16).toBe(true);
    const offScreen = {
      ...russia,
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [0, 0],
            [0.1, 0],
            [0.1, 0.1],
            [0, 0],
          ] as [number, number][],
        ],
      },
    };
    expect(visiblePointsOf(offScreen, view)).toEqual([]);
  });

  it('tells inside from outside a polygon with a hole', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
          [0, 0],
        ] as [number, number][],
        [
          [4, 4],
          [6, 4],
          [6, 6],
          [4, 6],
          [4, 4],
        ] as [number, number][],
      ],
    };
    expect(polygonContains(square, [2, 2])).toBe(true);
    expect(polygonContains(square, [5, 5])).toBe(false);
    expect(polygonContains(square, [11, 5])).toBe(false);
  });
});

const views = v.parse(
  viewsSchema,
  JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'public', 'data', 'views.json'), 'utf8'),
  ),
);
const limit = (kind: LabelKind) => LABEL_LINE_EMS * LABELS[kind].size;
const letters = (text: string) => text.replace(/\s/g, '');

describe('long names on the map', () => {
  const every = views.views.flatMap((view) =>
    Object.values(view.regions).flatMap((entries) => entries.map((entry) => [view.id, entry.name] as const)),
  );

  it.each(every)('%s: “%s” is set in lines no wider than the measure, and loses no letter', (_, name) => {
    const lines = linesOf(name, 'region', estimateText);
    expect(letters(lines.join(''))).toBe(letters(name));
    for (const line of lines) expect(line).toBe(line.trim());
    expect(lines.length).toBeLessThanOrEqual(LABEL_LINES);
    for (const line of lines) {
      const oneWord = !/[ /]./.test(line);
      if (!oneWord) expect(estimateText(line, 'region').width, line).toBeLessThanOrEqual(limit('region'));
    }
  });

  it('keeps a name that fits on one line, and balances the lines of one that does not', () => {
    // Seven pixels a letter: the measure (130 px at 13 px type) holds 18 letters.
    const even: Measure = (text) => ({ width: text.length * 7, height: 16 });
    expect(linesOf('South Ossetia', 'region', even)).toEqual(['South Ossetia']);
    // Three lines are needed; of the ways to set them, the one that breaks at the name's own
    // seams, though wider than "Tskhinvali / region/South / Ossetia, Georgia".
    expect(linesOf('Tskhinvali region/South Ossetia, Georgia', 'region', even)).toEqual([
      'Tskhinvali region/',
      'South Ossetia,',
      'Georgia',
    ]);
    // No seam: "Donetsk and Luhansk" (133 px) is too wide for two lines; of three, the most even.
    expect(linesOf("Donetsk and Luhansk People's Republics", 'region', even)).toEqual([
      'Donetsk and',
      "Luhansk People's",
      'Republics',
    ]);
    // A word longer than the measure keeps its line.
    expect(linesOf('Verylongnamewithoutanyspace', 'region', even)).toEqual(['Verylongnamewithoutanyspace']);
  });

  it.each(views.views.map((view) => view.id))(
    'in the %s view, no name placed on a 375 px map, overview or zoomed, is wider than the measure',
    (id) => {
      const view = views.views.find((x) => x.id === id);
      if (!view) throw new Error(id);
      for (const date of ['2017-03-22', '2026-12-05']) {
        const seen = viewedGeo(geo, view, date);
        for (const ids of routes) {
          const placed = placeLabels(seen, viewport(seen, ids, 375, 420), estimateText, { highlighted: ids });
          for (const label of placed) {
            const kind = label.kind;
            expect(label.box[2] - label.box[0], `${label.text} in ${ids}`).toBeLessThanOrEqual(
              limit(kind) + 2 * LABEL_HALO,
            );
          }
        }
      }
    },
  );
});
