import fs from 'node:fs';
import { geoPath, geoTransform } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { project } from '../cartography/mercator.ts';
import { svgPath, viewBoxFor } from './projection.ts';

describe('the SVG map projection', () => {
  it('is Web Mercator with a 512-unit world, as MapLibre draws it', () => {
    const [x, y] = project(0, 0);
    expect(x).toBeCloseTo(0);
    expect(y).toBeCloseTo(0);
    expect(project(180, 0)[0]).toBeCloseTo(256);
    // MapLibre: latitude 60 sits at y = 0.5 - ln(tan(pi/4 + pi/6)) / (2 pi) of the world.
    expect(project(0, 60)[1]).toBeCloseTo(-(256 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + Math.PI / 6)));
  });

  it('draws a counter-clockwise (RFC 7946) ring as its own area, not the world minus it', () => {
    const d = svgPath({
      type: 'Polygon',
      coordinates: [
        [
          [30, 40],
          [31, 40],
          [31, 41],
          [30, 41],
          [30, 40],
        ],
      ],
    });
    const xs = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeCloseTo(project(30, 0)[0], 2);
    expect(Math.max(...xs)).toBeCloseTo(project(31, 0)[0], 2);
  });

  it('shows what MapLibre shows for a camera: centred on it, 2^zoom pixels per unit', () => {
    const view = viewBoxFor({ center: [35, 45], zoom: 5 }, 800, 600);
    const [cx, cy] = project(35, 45);
    expect(view.scale).toBe(32);
    expect(view.width).toBeCloseTo(800 / 32);
    expect(view.height).toBeCloseTo(600 / 32);
    expect(view.x + view.width / 2).toBeCloseTo(cx);
    expect(view.y + view.height / 2).toBeCloseTo(cy);
  });

  it("writes the same path data as d3's geoPath, for every published region and border", () => {
    const d3Path = geoPath(
      geoTransform({
        point(lon, lat) {
          const [x, y] = project(lon, lat);
          this.stream.point(x, y);
        },
      }),
    );
    for (const file of ['regions', 'borders']) {
      const { features } = JSON.parse(fs.readFileSync(`public/data/${file}.geojson`, 'utf8'));
      expect(features.length).toBeGreaterThan(0);
      for (const feature of features) expect(svgPath(feature.geometry)).toBe(d3Path(feature.geometry));
    }
  });
});
