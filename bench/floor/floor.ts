/**
 * The benchmark's floor: the same maplibre-gl build drawing the same layers from the same
 * files, with no React, no store, no validation and no panel. It marks its first `idle`.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { GeoData } from '../../app/geo/schema.ts';
import { addLayers } from '../../app/map/adapter.ts';
import { overviewBbox } from '../../app/map/camera.ts';

setWorkerUrl(workerUrl);

const load = (name: string) => fetch(`./data/${name}.geojson`).then((r) => r.json());
const [regions, borders, places] = await Promise.all(['regions', 'borders', 'places'].map(load));
const geo = { regions, borders, places } as GeoData;
const map = new MapLibreMap({
  container: 'map',
  style: { version: 8, sources: {}, layers: [] },
  bounds: overviewBbox(geo),
  fitBoundsOptions: { padding: 24 },
  fadeDuration: 0,
});
map.once('load', () => {
  addLayers(map, geo);
  map.once('idle', () => {
    document.documentElement.dataset.floorIdle = String(performance.now());
  });
});
