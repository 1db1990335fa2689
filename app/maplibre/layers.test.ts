/**
 * The MapLibre layers against the map specification, read by MapLibre's own expression
 * evaluator: for every region of the published data, in every point of view at the article's
 * date and today, and in both palettes, the layers paint exactly what cartography/style.ts says
 * (the fill, the hatch over its ground, the outline), and stack them so a hatch lies on its
 * ground and the lines on both.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  Color,
  createPropertyExpression,
  featureFilter,
  latest,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { palettes } from '../cartography/palette.ts';
import { HATCH_GROUND, HATCHES, LINES, outlineOf, regionPaint } from '../cartography/style.ts';
import { viewedGeo } from '../views/resolve.ts';
import { viewsSchema } from '../views/schema.ts';
import { HIT_LAYERS, layersFor, REGION_SOURCE, regionData } from './layers.ts';

const views = v.parse(
  viewsSchema,
  JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'public', 'data', 'views.json'), 'utf8'),
  ),
);
const geo = readGeo();
const DATES = ['2017-03-22', '2026-12-05'];

type Feature = { type: 3; id: string; properties: Record<string, unknown> };
const GLOBALS = { zoom: 5 } as never;

const matches = (layer: LayerSpecification, feature: Feature, i: number) =>
  !('filter' in layer) ||
  !layer.filter ||
  featureFilter(layer.filter, `layers[${i}].filter`).filter(GLOBALS, feature as never);

function paintOf(layer: LayerSpecification, key: string, feature: Feature, i: number): unknown {
  const value = (layer.paint as Record<string, unknown>)[key];
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `paint_${layer.type}`
  ]?.[key];
  if (!spec) throw new Error(`no ${key} for ${layer.type} layers`);
  const parsed = createPropertyExpression(value, `layers[${i}].paint.${key}`, spec);
  if (parsed.result !== 'success') throw new Error(`${layer.id}.${key}: ${JSON.stringify(parsed.value)}`);
  return parsed.value.evaluate(GLOBALS, feature as never, {});
}

const rgb = (colour: unknown) => {
  const c = colour as Color;
  return [c.r, c.g, c.b, c.a].map((n) => Math.round(n * 255));
};

describe('the MapLibre layers paint what the specification says', () => {
  for (const [theme, palette] of Object.entries(palettes))
    for (const view of views.views)
      for (const date of DATES)
        it(`${theme}, ${view.id}'s view as of ${date}: each region's fill, hatch and outline`, () => {
          const layers = layersFor(palette);
          const data = regionData(viewedGeo(geo, view, date).regions);
          const regionLayers = layers
            .map((layer, i) => ({ layer, i }))
            .filter(({ layer }) => 'source' in layer && layer.source === REGION_SOURCE);
          for (const f of data.features) {
            const feature: Feature = {
              type: 3,
              id: f.id,
              properties: f.properties as Record<string, unknown>,
            };
            const paint = regionPaint(f.properties);
            const drawn = regionLayers.filter(({ layer, i }) => matches(layer, feature, i));
            const ids = drawn.map(({ layer }) => layer.id);
            // Exactly one fill of its kind, which a pointer hits.
            expect(
              ids.filter((id) => HIT_LAYERS.includes(id)),
              f.id,
            ).toEqual([`${f.properties.kind}-fill`]);
            const fill = drawn.find(({ layer }) => layer.id === `${f.properties.kind}-fill`);
            if (!fill) throw new Error(f.id);
            const ground = 'hatch' in paint ? HATCH_GROUND[paint.hatch] : paint.colour;
            expect(rgb(paintOf(fill.layer, 'fill-color', feature, fill.i)), `${f.id}'s fill`).toEqual(
              rgb(Color.parse(palette[ground])),
            );
            // Its hatch, and no other, over that ground.
            expect(
              ids.filter((id) => HATCHES.some((h) => h.id === id)),
              `${f.id}'s hatch`,
            ).toEqual('hatch' in paint ? [paint.hatch] : []);
            // Its outline, and no other.
            const outline = outlineOf(f.properties);
            const expected =
              outline === LINES.region
                ? ['region-outline']
                : outline === LINES.claim
                  ? ['claim-outline']
                  : outline === LINES.border
                    ? ['state-outline']
                    : [];
            expect(
              ids.filter((id) => ['region-outline', 'claim-outline', 'state-outline'].includes(id)),
              `${f.id}'s outline`,
            ).toEqual(expected);
          }
        });

  it('stacks the sea, the fills, the hatches on them, then the lines, the selection and the cities', () => {
    const order = layersFor(palettes.light).map((layer) => layer.id);
    const at = (id: string) => order.indexOf(id);
    expect(at('sea')).toBe(0);
    const lastFill = Math.max(...HIT_LAYERS.map(at));
    for (const hatch of HATCHES) {
      expect(at(hatch.id)).toBeGreaterThan(lastFill);
      expect(at(hatch.id)).toBeLessThan(at('country-border'));
    }
    expect(at('selected-outline')).toBeGreaterThan(at('hover-outline'));
    expect(at('hover-outline')).toBeGreaterThan(at('state-outline'));
    expect(order.at(-1)).toBe('cities');
  });

  it('outlines the selection and the hover only where their feature-state is set', () => {
    const layers = layersFor(palettes.light);
    const feature: Feature = { type: 3, id: 'crimea', properties: {} };
    for (const [id, key] of [
      ['hover-outline', 'hover'],
      ['selected-outline', 'selected'],
    ] as const) {
      const i = layers.findIndex((layer) => layer.id === id);
      const layer = layers[i] as LayerSpecification;
      const spec = latest.paint_line['line-width'] as StylePropertySpecification;
      const width = createPropertyExpression(
        (layer.paint as Record<string, unknown>)['line-width'],
        `layers[${i}].paint.line-width`,
        spec,
      );
      if (width.result !== 'success') throw new Error(id);
      expect(width.value.evaluate(GLOBALS, feature as never, {})).toBe(0);
      expect(width.value.evaluate(GLOBALS, feature as never, { [key]: true })).toBeGreaterThan(0);
    }
  });
});
