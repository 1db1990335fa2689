import fs from 'node:fs';
import { geoPath, geoTransform } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { project, svgPath, viewBoxFor } from './projection.ts';

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

  it('frames a box like fitBounds: padded, centred, capped at the maximum zoom', () => {
    const view = viewBoxFor({ bbox: [30, 40, 40, 50], padding: 20, maxZoom: 22 }, 800, 600);
    const [x0] = project(30, 0);
    const [x1] = project(40, 0);
    expect(view.scale).toBeCloseTo(Math.min(760 / (x1 - x0), 560 / (project(0, 40)[1] - project(0, 50)[1])));
    expect(view.x + view.width / 2).toBeCloseTo((x0 + x1) / 2);
    const capped = viewBoxFor({ bbox: [44, 42, 44.1, 42.1], padding: 20, maxZoom: 6 }, 800, 600);
    expect(capped.scale).toBe(64);
  });

  it("writes the same path data as d3's geoPath, for every published region and border", () => {
    const d3Path = geoPath(
      geoTransform({
        point(lon, lat) {
          this.stream.point(...project(lon, lat));
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
