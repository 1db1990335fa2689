import { fetchJson } from '../data/fetchJson.ts';
import { against } from '../data/validate.ts';
import {
  type Borders,
  bordersCollection,
  type GeoData,
  type Places,
  placesCollection,
  regionsCollection,
} from './schema.ts';

const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

interface LoadedGeo {
  geo: GeoData;
  /** Context layers that failed: the map is drawn without them, and the page says so. */
  failures: unknown[];
}

const empty = { type: 'FeatureCollection' as const, features: [] };

/**
 * The layer files, fetched in parallel. The regions are the map (and the region list): if
 * they fail, this fails. Borders and places are context: if one fails, the map is drawn
 * without it and the failure is returned to be reported.
 */
export async function loadGeo(base = DATA_BASE): Promise<LoadedGeo> {
  const [regions, borders, places] = await Promise.allSettled([
    fetchJson(`${base}regions.geojson`, against(regionsCollection)),
    fetchJson(`${base}borders.geojson`, against(bordersCollection)),
    fetchJson(`${base}places.geojson`, against(placesCollection)),
  ]);
  if (regions.status === 'rejected') throw regions.reason;
  return {
    geo: {
      regions: regions.value,
      borders: borders.status === 'fulfilled' ? borders.value : (empty as Borders),
      places: places.status === 'fulfilled' ? places.value : (empty as Places),
    },
    failures: [borders, places].flatMap((r) => (r.status === 'rejected' ? [r.reason] : [])),
  };
}
