/**
 * The translation of the scene into MapLibre layers, layer by layer: a style MapLibre accepts,
 * each layer reading the source that holds what it draws, and each paint property evaluated by
 * MapLibre's own expression code to the colour, width or opacity the scene gives it, in both
 * palettes, with and without the flags a reader's gestures set. (Which regions each fill,
 * hatch and outline layer picks, for every route and point of view, is app/map/scene.test.tsx.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { createPropertyExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { readGeo } from '../../../geo/published.ts';
import { type Palette, palettes } from '../../cartography/palette.ts';
import { drawingOf, type Flags, SCENE } from '../../cartography/scene.ts';
import { countryColours } from '../../cartography/style.ts';
import { BORDER_SOURCE, layersFor, PLACE_SOURCE, REGION_SOURCE, regionData, translate } from './layers.ts';
import { type EvaluatedFeature, evaluatePaint, passesFilter } from './styleEvaluator.ts';

const published = readGeo();
const places = JSON.parse(
  fs.readFileSync(
    path.join(import.meta.dirname, '..', '..', '..', 'public', 'data', 'places.geojson'),
    'utf8',
  ),
) as { features: { properties: Record<string, unknown> }[] };

type Feature = EvaluatedFeature;

/** MapLibre's value, with colours (MapLibre Color objects) as CSS text to compare. */
function evaluate(layer: LayerSpecification, key: string, feature: Feature, state: Flags = {}): unknown {
  const result = evaluatePaint(layer, key, feature, state);
  return result && typeof result === 'object' && 'toString' in result ? String(result) : result;
}

const colour = (css: string): string => {
  const parsed = createPropertyExpression(css, 'colour', latest.paint_fill['fill-color'] as never);
  if (parsed.result !== 'success') throw new Error(`not a colour: ${css}`);
  return String(parsed.value.evaluate({ zoom: 5 } as never));
};

const passes = passesFilter;

const style = (palette: Palette) => ({
  version: 8 as const,
  sources: {
    [REGION_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
    [BORDER_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
    [PLACE_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
  },
  layers: layersFor(palette),
});

describe.each(Object.entries(palettes))('the MapLibre layers, %s palette', (_theme, palette) => {
  const layers = layersFor(palette);
  const byId = new Map(layers.map((l) => [l.id, l]));
  const regions = regionData(published.regions).features.map(
    (f): Feature => ({ type: 3, properties: f.properties }),
  );

  it('make a style MapLibre accepts, with three sources of their own', () => {
    expect(validateStyleMin(style(palette) as never)).toEqual([]);
    expect(new Set([REGION_SOURCE, BORDER_SOURCE, PLACE_SOURCE]).size).toBe(3);
    expect([REGION_SOURCE, BORDER_SOURCE, PLACE_SOURCE].every((s) => /^[a-z]+$/.test(s))).toBe(true);
  });

  it('are the scene in its order, the names aside (HTML markers)', () => {
    expect(layers.map((l) => l.id)).toEqual(SCENE.filter((l) => l.type !== 'names').map((l) => l.id));
    expect(translate({ id: 'names', type: 'names' }, palette)).toBeNull();
  });

  it('paint the sea under everything in its colour', () => {
    const sea = SCENE.find((l) => l.type === 'sea');
    const layer = byId.get('sea');
    expect(layer?.type).toBe('background');
    if (sea?.type !== 'sea' || !layer) throw new Error('no sea');
    expect(evaluate(layer, 'background-color', { type: 3, properties: {} })).toBe(
      colour(palette[sea.colour]),
    );
  });

  it("fill each region with its drawing's ground, and hatch it with its own pattern", () => {
    const colourOf = countryColours(published.regions.features);
    for (const scene of SCENE) {
      const layer = byId.get(scene.id);
      if (!layer || (scene.type !== 'fill' && scene.type !== 'hatch')) continue;
      expect(layer.type).toBe('fill');
      expect('source' in layer && layer.source).toBe(REGION_SOURCE);
      for (const [i, feature] of regions.entries()) {
        const source = published.regions.features[i];
        if (!source) throw new Error('no region');
        const drawing = drawingOf(source.properties, colourOf);
        if (scene.type === 'fill' && passes(layer, feature))
          expect(evaluate(layer, 'fill-color', feature), `${source.id} in ${scene.id}`).toBe(
            colour(palette[drawing.fill]),
          );
        if (scene.type === 'hatch') {
          expect(passes(layer, feature), `${source.id} in ${scene.id}`).toBe(drawing.hatch === scene.id);
          expect(evaluate(layer, 'fill-pattern', feature)).toBe(scene.id);
        }
      }
    }
  });

  it('tint and outline only the regions whose flag is set, at the width and opacity the scene gives', () => {
    const feature = regions[0];
    if (!feature) throw new Error('no region');
    let checked = 0;
    for (const scene of SCENE) {
      const layer = byId.get(scene.id);
      if (!layer) continue;
      if (scene.type === 'tint') {
        expect(evaluate(layer, 'fill-opacity', feature)).toBe(0);
        expect(evaluate(layer, 'fill-opacity', feature, { [scene.flag]: false })).toBe(0);
        expect(evaluate(layer, 'fill-opacity', feature, { [scene.flag]: true })).toBe(scene.opacity);
        expect(evaluate(layer, 'fill-color', feature)).toBe(colour(palette[scene.colour]));
        checked++;
      }
      if (scene.type === 'flagged') {
        expect(evaluate(layer, 'line-width', feature)).toBe(0);
        expect(evaluate(layer, 'line-width', feature, { [scene.flag]: true })).toBe(scene.line.width);
        expect(evaluate(layer, 'line-color', feature)).toBe(colour(palette[scene.line.colour]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
  });

  it('draw borders from their own source and outlines by kind, each line as the scene styles it, dashed only where it is', () => {
    let dashed = 0;
    for (const scene of SCENE) {
      const layer = byId.get(scene.id);
      if (!layer || (scene.type !== 'borders' && scene.type !== 'outline' && scene.type !== 'flagged'))
        continue;
      expect(layer.type).toBe('line');
      expect('source' in layer && layer.source).toBe(
        scene.type === 'borders' ? BORDER_SOURCE : REGION_SOURCE,
      );
      const paint = layer.paint as Record<string, unknown>;
      expect(paint['line-dasharray']).toEqual(scene.line.dash ? [...scene.line.dash] : undefined);
      if (scene.line.dash) dashed++;
      const line: Feature = {
        type: 2 as never,
        properties: { outline: scene.type === 'outline' ? scene.key : '' },
      };
      expect(evaluate(layer, 'line-color', line)).toBe(colour(palette[scene.line.colour]));
      if (scene.type !== 'flagged') expect(evaluate(layer, 'line-width', line)).toBe(scene.line.width);
      if (scene.type === 'outline') {
        expect(passes(layer, line)).toBe(true);
        expect(passes(layer, { ...line, properties: { outline: '' } })).toBe(false);
      }
    }
    expect(dashed).toBeGreaterThan(0);
  });

  it('dot the cities, not the seas, in the colours and ring the scene gives', () => {
    const scene = SCENE.find((l) => l.type === 'cities');
    const layer = byId.get('cities');
    if (scene?.type !== 'cities' || !layer) throw new Error('no cities');
    expect(layer.type).toBe('circle');
    expect('source' in layer && layer.source).toBe(PLACE_SOURCE);
    const points = places.features.map((f): Feature => ({ type: 1, properties: f.properties }));
    expect(points.filter((p) => passes(layer, p)).map((p) => p.properties.id)).toEqual(
      places.features.filter((f) => f.properties.kind === 'city').map((f) => f.properties.id),
    );
    expect(points.some((p) => !passes(layer, p))).toBe(true);
    const city = points.find((p) => passes(layer, p));
    if (!city) throw new Error('no city');
    expect(evaluate(layer, 'circle-radius', city)).toBe(scene.dot.radius);
    expect(evaluate(layer, 'circle-color', city)).toBe(colour(palette[scene.dot.colour]));
    expect(evaluate(layer, 'circle-stroke-color', city)).toBe(colour(palette[scene.dot.ring.colour]));
    expect(evaluate(layer, 'circle-stroke-width', city)).toBe(scene.dot.ring.width);
  });
});

describe("the regions' data as the layers read it", () => {
  it('carries each drawing as strings: no hatch or outline is the empty string, which no layer matches', () => {
    const data = regionData(published.regions);
    const colourOf = countryColours(published.regions.features);
    for (const f of data.features) {
      const drawing = drawingOf(f.properties, colourOf);
      const p = f.properties as Record<string, unknown>;
      expect(p.fill).toBe(drawing.fill);
      expect(p.hatch).toBe(drawing.hatch ?? '');
      expect(p.outline).toBe(drawing.outline ?? '');
    }
    expect(data.features.some((f) => (f.properties as Record<string, unknown>).hatch === '')).toBe(true);
    expect(data.features.some((f) => (f.properties as Record<string, unknown>).outline === '')).toBe(true);
  });
});
