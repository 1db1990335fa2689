import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The map specification sits below everything that draws it (README, "Where things live"):
 * it may import the data's types and the points of view, never React, a renderer, MapLibre or
 * the store, so both renderers, the legend and the static image translate it and none of them
 * leaks into it.
 */
const FORBIDDEN = [
  /^react/,
  /^maplibre-gl/,
  /\/state\//,
  /\/maplibre\//,
  /\/svgmap\//,
  /\/map\//,
  /\/panel\//,
];

describe('the specification’s imports', () => {
  const folder = import.meta.dirname;
  const modules = fs.readdirSync(folder).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it.each(modules)('%s imports neither React, a renderer, MapLibre nor the store', (file) => {
    const code = fs.readFileSync(path.join(folder, file), 'utf8');
    const imported = [...code.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
    expect(imported.filter((from) => FORBIDDEN.some((rule) => rule.test(from)))).toEqual([]);
  });
});
