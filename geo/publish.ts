/**
 * Simplifies, clips and measures the derived regions, and lays them out as the files the app
 * serves. Simplification is mapshaper's, on all polygons at once, so that a border shared by
 * two regions is one arc and stays shared: no slivers, no gaps.
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import mapshaper from 'mapshaper';
import polylabel from 'polylabel';
import {
  CITIES,
  DECIMALS,
  EXTENT,
  KIND_LEGEND,
  REGIONS,
  type RegionSpec,
  SEAS,
  SIMPLIFY_KEEP,
} from './config.ts';
import type { Derived } from './derive.ts';
import { type Area, GeoSourceError, type Sources } from './sources.ts';

interface RegionProperties {
  id: string;
  name: string;
  kind: RegionSpec['kind'];
  status: string;
  /** One line of geography for the panel, independent of any article. */
  context: string;
  clickable: boolean;
  areaKm2: number;
  /** A point inside the polygon (pole of inaccessibility of its largest part). */
  label: [number, number];
  frame?: [number, number, number, number];
  asOf?: string;
  within?: string;
  colour?: RegionSpec['colour'];
  inOverview?: boolean;
  legend?: string;
  key?: string;
}

interface PlaceProperties {
  id: string;
  name: string;
  kind: 'city' | 'sea';
  /** A capital: named before other cities where names compete for room. */
  capital?: true;
}

export interface Published {
  regions: FeatureCollection;
  borders: FeatureCollection;
  places: FeatureCollection;
}

/** An ASCII id from a name: 'Åland' → 'aland'. */
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');

const round = (n: number) => Number(n.toFixed(DECIMALS));

function roundCoordinates<T>(value: T): T {
  if (typeof value === 'number') return round(value) as T;
  if (Array.isArray(value)) return value.map(roundCoordinates) as T;
  return value;
}

/** Inside the polygon, unlike a centroid: the pole of inaccessibility of the largest part. */
function labelPoint(area: Area): [number, number] {
  const geometry = area.geometry;
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = parts.reduce((best, part) =>
    turf.area(turf.polygon(part)) > turf.area(turf.polygon(best)) ? part : best,
  );
  const [x, y] = polylabel(largest as [number, number][][], 0.001);
  return [round(x), round(y)];
}

/** Rounds a box outwards so the rounded box still holds the whole region. */
function outerBbox(area: Area): [number, number, number, number] {
  const [w, s, e, n] = turf.bbox(area);
  const f = 10 ** DECIMALS;
  return [Math.floor(w * f) / f, Math.floor(s * f) / f, Math.ceil(e * f) / f, Math.ceil(n * f) / f];
}

/** Neighbouring countries smaller than this inside the extent are left out. */
const MIN_CONTEXT_KM2 = 500;

const DRAW_ORDER = new Map(REGIONS.map((r, i) => [r.id, i]));

async function simplify(derived: Derived): Promise<{ regions: Area[]; borders: Feature[] }> {
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: [...derived].map(([key, area]) => ({
      type: 'Feature',
      properties: {
        key,
        country: REGIONS.some((r) => r.id === key && r.kind === 'country') || key.startsWith('country:'),
      },
      geometry: area.geometry,
    })),
  };
  const commands = [
    '-i input.json name=regions',
    `-clip bbox=${EXTENT.join(',')}`,
    `-simplify ${SIMPLIFY_KEEP} keep-shapes`,
    '-filter "country === true" + name=countries',
    '-innerlines target=countries + name=borders',
    '-o target=regions,borders format=geojson precision=0.00001 rfc7946 geojson-type=FeatureCollection',
  ].join(' ');
  const output = (await mapshaper.applyCommands(commands, { 'input.json': input })) as Record<string, string>;
  const read = (name: string) => JSON.parse(output[name] ?? '{"features":[]}') as FeatureCollection;
  return { regions: read('regions.json').features as Area[], borders: read('borders.json').features };
}

/** A region's legend words: its own, or its disputed kind's (with the compact key's short words). */
function legendOf(spec: RegionSpec | undefined): Pick<RegionProperties, 'legend' | 'key'> {
  if (!spec) return {};
  const ofKind = KIND_LEGEND[spec.kind as keyof typeof KIND_LEGEND];
  if (ofKind) return { legend: ofKind.legend, key: ofKind.key };
  return spec.legend ? { legend: spec.legend } : {};
}

export async function publish(derived: Derived, sources: Sources): Promise<Published> {
  const simplified = await simplify(derived);
  const regionFeatures = simplified.regions
    .map((feature): Feature => {
      const key = String(feature.properties?.key);
      const spec = REGIONS.find((r) => r.id === key);
      const countryName = key.replace(/^country:/, '');
      const properties: RegionProperties = {
        id: spec?.id ?? `country-${slug(countryName)}`,
        name: spec?.name ?? countryName,
        kind: spec?.kind ?? 'country',
        status: spec?.status ?? 'Country',
        context: spec?.context ?? '',
        clickable: spec?.clickable ?? false,
        areaKm2: Math.round(turf.area(feature) / 1e6),
        label: labelPoint(feature),
        ...(spec?.frame ? { frame: spec.frame } : {}),
        ...(spec?.asOf ? { asOf: spec.asOf } : {}),
        ...(spec?.within ? { within: spec.within } : {}),
        ...(spec?.colour ? { colour: spec.colour } : {}),
        ...(spec?.inOverview === false ? { inOverview: false } : {}),
        ...legendOf(spec),
      };
      return {
        type: 'Feature',
        id: properties.id,
        bbox: outerBbox(feature),
        properties,
        geometry: feature.geometry,
      };
    })
    // Neighbours' islands and tips that the extent cuts to crumbs add bytes and no meaning.
    .filter(
      (f) =>
        REGIONS.some((r) => r.id === f.id) || (f.properties as RegionProperties).areaKm2 >= MIN_CONTEXT_KM2,
    )
    .sort((a, b) => {
      const rank = (f: Feature) => DRAW_ORDER.get(String(f.id)) ?? -1;
      return rank(a) - rank(b) || String(a.id).localeCompare(String(b.id));
    });

  const borders = simplified.borders.map(
    (f, i): Feature<LineString | MultiLineString> => ({
      type: 'Feature',
      id: `border-${i}`,
      properties: { kind: 'border' },
      geometry: f.geometry as LineString | MultiLineString,
    }),
  );

  const cities = CITIES.map(({ id, wikidata, name, capital }): Feature<Point, PlaceProperties> => {
    const place = sources.places.find((p) => p.properties?.wikidataid === wikidata);
    if (!place)
      throw new GeoSourceError('ne_10m_populated_places', `no place with wikidataid ${wikidata} (${name})`);
    return turf.point(
      roundCoordinates(place.geometry.coordinates),
      { id, name, kind: 'city', ...(capital ? { capital } : {}) },
      { id },
    );
  });
  const extent = turf.bboxPolygon(EXTENT);
  const seas = SEAS.map(({ id, source, name }): Feature<Point, PlaceProperties> => {
    const sea = sources.seas.find((s) => s.properties?.name === source);
    if (!sea) throw new GeoSourceError('ne_10m_geography_marine_polys', `no sea named "${source}"`);
    const clipped = turf.intersect(turf.featureCollection([sea, extent]));
    if (!clipped) throw new Error(`${name} lies outside the map's extent`);
    return turf.point(labelPoint(clipped), { id, name, kind: 'sea' }, { id });
  });

  return {
    regions: { type: 'FeatureCollection', bbox: EXTENT, features: regionFeatures },
    borders: { type: 'FeatureCollection', features: borders },
    places: { type: 'FeatureCollection', features: [...cities, ...seas] },
  };
}
