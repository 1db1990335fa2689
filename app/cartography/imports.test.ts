import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The map specification sits below everything that draws it (README, "Where things live"):
 * it may import the data's types and the points of view, never React, a renderer, MapLibre or
 * the store, so both renderers, the legend and the static image translate it and none of them
 * leaks into it.
 */
const FORBIDDEN = [/^react/, /^maplibre-gl/, /\/state\//, /\/map\//, /\/panel\//, /\/legend\//];

describe('the specification’s imports', () => {
  const folder = import.meta.dirname;
  const modules = fs.readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it.each(modules)('%s imports neither React, a renderer, MapLibre nor the store', (file) => {
    const code = fs.readFileSync(path.join(folder, file), 'utf8');
    const imported = [...code.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
    expect(imported.filter((from) => FORBIDDEN.some((rule) => rule.test(from)))).toEqual([]);
  });
});

/**
 * Both renderers draw from one input and report through one callback (map/contract.ts): they
 * import neither the store nor the page around them. Only map/MapArea.tsx connects them to it.
 */
describe('the renderers’ imports', () => {
  const renderers = ['map/maplibre', 'map/svg'].flatMap((folder) =>
    fs
      .readdirSync(path.join(import.meta.dirname, '..', folder))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => `${folder}/${f}`),
  );

  it.each(renderers)('%s imports neither the store nor the page’s panels', (file) => {
    const code = fs.readFileSync(path.join(import.meta.dirname, '..', file), 'utf8');
    const imported = [...code.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
    expect(imported.filter((from) => /\/state\/|\/panel\/|\/input\.ts$/.test(from))).toEqual([]);
  });
});
