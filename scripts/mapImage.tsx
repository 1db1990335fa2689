/**
 * The static image of the map, drawn by the same MapDrawing as the live SVG map from the
 * published layers: map.svg for <noscript> and print, map.png (1200×900) for social previews.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import * as v from 'valibot';
import { cameraForRegions } from '../app/cartography/framing.ts';
import { palettes } from '../app/cartography/palette.ts';
import { bordersCollection, type GeoData, placesCollection, regionsCollection } from '../app/geo/schema.ts';
import { MAP_LABEL } from '../app/map/description.ts';
import { MapDrawing, pathsOf } from '../app/svgmap/MapDrawing.tsx';
import { viewBoxFor } from '../app/svgmap/projection.ts';

export const PUBLIC_DIR = path.join(import.meta.dirname, '..', 'public');
// 4:3 like the map itself: a wider image would show past the edge of the published layers.
export const IMAGE = { width: 1200, height: 900 };

export function readGeo(dir = path.join(PUBLIC_DIR, 'data')): GeoData {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  return {
    regions: v.parse(regionsCollection, read('regions.geojson')),
    borders: v.parse(bordersCollection, read('borders.geojson')),
    places: v.parse(placesCollection, read('places.geojson')),
  };
}

export function mapSvg(geo: GeoData): string {
  const { width, height } = IMAGE;
  const view = viewBoxFor(cameraForRegions(geo, [], width, height), width, height);
  const drawing = renderToStaticMarkup(
    <MapDrawing
      geo={geo}
      paths={pathsOf(geo)}
      view={view}
      palette={palettes.light}
      width={width}
      height={height}
      label={MAP_LABEL}
    />,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${drawing}\n`;
}

async function main(): Promise<void> {
  const svg = mapSvg(readGeo());
  fs.writeFileSync(path.join(PUBLIC_DIR, 'map.svg'), svg);
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
  fs.writeFileSync(path.join(PUBLIC_DIR, 'map.png'), png);
  console.log(`image: wrote public/map.svg (${svg.length} bytes) and public/map.png (${png.length} bytes)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
