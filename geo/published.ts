/**
 * The layers in public/data/ as the app reads them (checked by the app's own schema): for the
 * static image and the tests, which run in Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { bordersCollection, type GeoData, placesCollection, regionsCollection } from '../app/geo/schema.ts';

export const DATA_DIR = path.join(import.meta.dirname, '..', 'public', 'data');

export function readGeo(dir = DATA_DIR): GeoData {
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  return {
    regions: v.parse(regionsCollection, read('regions.geojson')),
    borders: v.parse(bordersCollection, read('borders.geojson')),
    places: v.parse(placesCollection, read('places.geojson')),
  };
}
