import fs from 'node:fs';
import { geoPath, geoTransform } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { project } from '../../cartography/mercator.ts';
import { detailLevel, svgPath, svgPathAt, viewBoxFor } from './projection.ts';

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

  describe('at a level of detail', () => {
    const points = (d: string) => (d.match(/[ML]/g) ?? []).length;
    const { features } = JSON.parse(fs.readFileSync('public/data/regions.geojson', 'utf8'));
    const russia = features.find((f: { id: string }) => f.id === 'russia').geometry;

    it('names the level of a scale: 2^level ≤ scale < 2^(level+1)', () => {
      expect(detailLevel(10.2)).toBe(3);
      expect(detailLevel(16)).toBe(4);
      expect(detailLevel(0.5)).toBe(0);
    });

    it('writes fewer points and digits the farther out the view, and all of them close up', () => {
      const overview = svgPathAt(russia, 3);
      const close = svgPathAt(russia, 8);
      // The published shapes are already generalised (Natural Earth 1:50m): fewer digits do most.
      expect(points(overview)).toBeLessThan(points(close) * 0.9);
      expect(points(close)).toBeLessThanOrEqual(points(svgPath(russia)));
      expect(overview.length).toBeLessThan(svgPath(russia).length * 0.75);
      // Two decimals at level 3 (a hundredth of a unit is 0.08 to 0.16 px there).
      expect(overview).not.toMatch(/\.\d{3}/);
    });

    it('keeps every kept point where it was, to a quarter pixel, and the line within 0.35 px of every point', () => {
      const ring: [number, number][] = [
        [40, 50],
        [40.001, 50.3],
        [40, 50.6],
        [41, 50.6],
        [41, 50],
        [40, 50],
      ];
      const level = 5;
      const d = svgPathAt({ type: 'Polygon', coordinates: [ring] }, level);
      // The point 0.001° off the straight edge (under a pixel at level 5) is left out.
      expect(points(d)).toBe(4);
      const [x0, y0] = project(40, 50);
      const [first] = d.slice(1).split('L');
      const [x, y] = (first ?? '').split(',').map(Number);
      expect(Math.abs((x ?? 0) - x0) * 2 ** level).toBeLessThan(0.25);
      expect(Math.abs((y ?? 0) - y0) * 2 ** level).toBeLessThan(0.25);
    });

    it('leaves out an islet smaller than a pixel', () => {
      const islet: [number, number][] = [
        [30, 45],
        [30.001, 45],
        [30.001, 45.001],
        [30, 45],
      ];
      expect(svgPathAt({ type: 'Polygon', coordinates: [islet] }, 3)).toBe('');
      expect(svgPathAt({ type: 'Polygon', coordinates: [islet] }, 16)).not.toBe('');
    });
  });
});
