import { fetchJson } from '../data/fetchJson.ts';
import { bordersCollection, type GeoData, placesCollection, regionsCollection } from './schema.ts';

export const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/** The three layer files the map and the region list start from, fetched in parallel. */
export async function loadGeo(base = DATA_BASE): Promise<GeoData> {
  const [regions, borders, places] = await Promise.all([
    fetchJson(`${base}regions.geojson`, regionsCollection),
    fetchJson(`${base}borders.geojson`, bordersCollection),
    fetchJson(`${base}places.geojson`, placesCollection),
  ]);
  return { regions, borders, places };
}
