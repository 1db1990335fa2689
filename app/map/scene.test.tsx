/**
 * Both maps draw the scene (cartography/scene.ts) and nothing else. For every route of the
 * published story (the overview, each region, each event), in every point of view at the
 * article's date and today, in both themes, with and without a region under the pointer:
 * - the SVG drawing's layers are the scene's layers, in its order, and each draws exactly the
 *   regions the scene says, with the scene's fill;
 * - MapLibre's layers are the scene's layers (the names aside: HTML markers), in its order, and
 *   MapLibre's own evaluator, given the same data and feature-state, picks the same regions
 *   for each and paints each region's fill the same colour.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Color } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { renderToStaticMarkup } from 'react-dom/server';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { cameraForRegions, framedRegions } from '../cartography/framing.ts';
import { estimateText } from '../cartography/labels.ts';
import { palettes, type Theme } from '../cartography/palette.ts';
import { drawingOf, type Flags, HIT_LAYERS, paints, SCENE, type SceneLayer } from '../cartography/scene.ts';
import { countryColours } from '../cartography/style.ts';
import type { GeoData } from '../geo/schema.ts';
import type { Story } from '../story/schema.ts';
import { viewedGeo } from '../views/resolve.ts';
import { viewsSchema } from '../views/schema.ts';
import { layersFor, REGION_SOURCE, regionData, translate } from './maplibre/layers.ts';
import { type EvaluatedFeature, evaluatePaint, passesFilter } from './maplibre/styleEvaluator.ts';
import { MapDrawing, pathsOf } from './svg/MapDrawing.tsx';
import { detailLevel, viewBoxFor } from './svg/projection.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const views = v.parse(viewsSchema, read('public/data/views.json'));
const story: Story = read('public/content/article.json');
const published = readGeo();
const DATES = [story.publication?.published.value ?? '2017-03-22', '2026-12-06'];
const WIDTH = 600;
const HEIGHT = 450;

const routes: { name: string; concerns: string[] }[] = [
  { name: 'the overview', concerns: [] },
  ...published.regions.features
    .filter((f) => f.properties.clickable)
    .map((f) => ({ name: `region ${f.id}`, concerns: [f.id] })),
  ...story.events.map((e) => ({ name: `event ${e.id}`, concerns: e.regions })),
];

interface Element {
  tag: string;
  attributes: Record<string, string>;
  children: Element[];
}

/** React's markup as a tree (it is well-formed XML: every element closed, attributes quoted). */
function parse(markup: string): Element {
  const root: Element = { tag: '#root', attributes: {}, children: [] };
  const stack = [root];
  for (const [, closing, tag = '', rest = '', selfClosing] of markup.matchAll(
    /<(\/?)([\w:-]+)([^>]*?)(\/?)>/g,
  )) {
    if (closing) {
      stack.pop();
      continue;
    }
    const attributes = Object.fromEntries(
      [...rest.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]),
    );
    const element: Element = { tag, attributes, children: [] };
    stack.at(-1)?.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  return root;
}

const descendants = (e: Element): Element[] => e.children.flatMap((c) => [c, ...descendants(c)]);

/** The regions an SVG layer draws: the ids its elements name. */
function regionsIn(layer: Element): string[] {
  const names = ['data-region-id', 'data-of', 'data-selected-fill', 'data-hovered', 'data-selected'];
  return descendants(layer).flatMap((e) =>
    names.flatMap((n) => (n in e.attributes ? [e.attributes[n] ?? ''] : [])),
  );
}

function svgLayers(geo: GeoData, highlighted: string[], hovered: string | null, theme: Theme) {
  const camera = cameraForRegions(geo, highlighted, WIDTH, HEIGHT);
  const view = viewBoxFor(camera, WIDTH, HEIGHT);
  const markup = renderToStaticMarkup(
    <MapDrawing
      geo={geo}
      paths={pathsOf(geo, detailLevel(view.scale))}
      view={view}
      palette={palettes[theme]}
      highlighted={highlighted}
      hovered={hovered}
      label="map"
      measure={estimateText}
      // Names are placed by cartography/labels.ts (tested there); none here keeps this fast.
      labels={{ view, placed: [] }}
    />,
  );
  const svg = parse(markup).children[0];
  if (!svg) throw new Error('no svg');
  return svg.children.filter((e) => 'data-layer' in e.attributes);
}

type Feature = EvaluatedFeature & { type: 3; id: string };
const evaluate = evaluatePaint;

/** Whether MapLibre draws this feature in this layer with this feature-state: its filter, and a width or opacity above 0. */
function maplibreDraws(layer: LayerSpecification, feature: Feature, state: Flags): boolean {
  if ('source' in layer && layer.source !== REGION_SOURCE) return false;
  if (!passesFilter(layer, feature)) return false;
  if (layer.type === 'line') return (evaluate(layer, 'line-width', feature, state) as number) > 0;
  if (layer.type === 'fill' && 'fill-opacity' in (layer.paint ?? {}))
    return (evaluate(layer, 'fill-opacity', feature, state) as number) > 0;
  return true;
}

const rgb = (colour: unknown) => {
  const c = colour as Color;
  return [c.r, c.g, c.b].map((n) => Math.round(n * 255));
};

const REGION_LAYERS = SCENE.filter((l) => ['fill', 'hatch', 'tint', 'outline', 'flagged'].includes(l.type));

describe('both maps draw the scene', () => {
  for (const theme of ['light', 'dark'] as const)
    it(`${theme}: every route, every point of view at two dates, with and without hover`, () => {
      const palette = palettes[theme];
      const maplibre = layersFor(palette);
      // MapLibre: the scene's layers in its order, the names aside.
      expect(maplibre.map((l) => l.id)).toEqual(SCENE.filter((l) => l.type !== 'names').map((l) => l.id));
      let checked = 0;
      for (const view of views.views)
        for (const date of DATES) {
          const geo = viewedGeo(published, view, date);
          const data = regionData(geo.regions);
          const colourOf = countryColours(geo.regions.features);
          for (const route of routes) {
            const highlighted = framedRegions(geo, route.concerns).map((f) => f.id);
            for (const hovered of route.concerns.length === 1 ? [null, route.concerns[0] ?? null] : [null]) {
              const where = `${view.id} ${date} ${route.name}${hovered ? `, ${hovered} hovered` : ''}`;
              const flagsOf = (id: string): Flags => ({
                hover: id === hovered,
                selected: highlighted.includes(id),
              });
              const svg = svgLayers(geo, highlighted, hovered, theme);
              // SVG: the scene's layers, in its order.
              expect(
                svg.map((g) => g.attributes['data-layer']),
                where,
              ).toEqual(SCENE.map((l) => l.id));
              for (const layer of REGION_LAYERS) {
                const expected = geo.regions.features
                  .filter((f) =>
                    paints(layer, f.properties.kind, drawingOf(f.properties, colourOf), flagsOf(f.id)),
                  )
                  .map((f) => f.id)
                  .sort();
                const g = svg[SCENE.indexOf(layer)];
                if (!g) throw new Error(layer.id);
                expect(regionsIn(g).sort(), `SVG ${layer.id}, ${where}`).toEqual(expected);
                const ml = maplibre.find((l) => l.id === layer.id);
                if (!ml) throw new Error(layer.id);
                const picked = data.features
                  .filter((f) =>
                    maplibreDraws(
                      ml,
                      { type: 3, id: f.id, properties: f.properties as never },
                      flagsOf(f.id),
                    ),
                  )
                  .map((f) => f.id)
                  .sort();
                expect(picked, `MapLibre ${layer.id}, ${where}`).toEqual(expected);
                checked++;
              }
              // Each region's fill: the same colour in both.
              const fills = svg.filter((g) => HIT_LAYERS.includes(g.attributes['data-layer'] ?? ''));
              for (const path of fills.flatMap((g) => g.children)) {
                const id = path.attributes['data-region-id'] ?? '';
                const f = data.features.find((x) => x.id === id);
                if (!f) throw new Error(id);
                const ml = maplibre.find((l) => l.id === `${f.properties.kind}-fill`) as LayerSpecification;
                const colour = evaluate(ml, 'fill-color', { type: 3, id, properties: f.properties as never });
                expect(rgb(colour), `${id}'s fill, ${where}`).toEqual(rgb(Color.parse(path.attributes.fill)));
              }
            }
          }
        }
      expect(checked).toBeGreaterThan(1000);
    });

  it('has every kind of layer, the sea at the bottom and the names on top; a pointer hits only fills', () => {
    expect(SCENE[0]?.type).toBe('sea');
    expect(SCENE.at(-1)?.type).toBe('names');
    const types = new Set(SCENE.map((l) => l.type));
    for (const type of ['fill', 'hatch', 'tint', 'borders', 'outline', 'flagged', 'cities'] as const)
      expect(types.has(type), type).toBe(true);
    expect([...HIT_LAYERS].reverse()).toEqual(SCENE.filter((l) => l.type === 'fill').map((l) => l.id));
    // A hatch lies on the fills, under every line.
    const at = (type: SceneLayer['type']) => SCENE.findIndex((l) => l.type === type);
    const lastFill = SCENE.findLastIndex((l) => l.type === 'fill');
    expect(at('hatch')).toBeGreaterThan(lastFill);
    expect(SCENE.findLastIndex((l) => l.type === 'hatch')).toBeLessThan(at('borders'));
  });

  it('leaves the names to the HTML markers in MapLibre and to the SVG', () => {
    const names = SCENE.find((l) => l.type === 'names');
    if (!names) throw new Error('no names layer');
    expect(translate(names, palettes.light)).toBeNull();
  });

  it('knows no article: the specification and both renderers name none of the published regions or cities', () => {
    const folders = ['app/cartography', 'app/map/maplibre', 'app/map/svg'];
    const files = folders.flatMap((folder) =>
      fs
        .readdirSync(path.join(ROOT, folder))
        .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
        .map((name) => `${folder}/${name}`),
    );
    const names = [
      ...published.regions.features
        .filter((f) => f.properties.clickable || f.properties.kind !== 'country')
        .flatMap((f) => [f.id, f.properties.name]),
      ...published.places.features
        .filter((p) => p.properties.kind === 'city')
        .flatMap((p) => [p.id, p.properties.name]),
    ];
    const pattern = new RegExp(
      `\\b(${names.map((n) => n.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')).join('|')})\\b`,
      'i',
    );
    const found = files.flatMap((file) => {
      const hit = pattern.exec(fs.readFileSync(path.join(ROOT, file), 'utf8'));
      return hit ? [`${file}: ${hit[0]}`] : [];
    });
    expect(files.length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});
