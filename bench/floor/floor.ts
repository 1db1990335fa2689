/**
 * The benchmark's floor: the same maplibre-gl build drawing the same layers from the same
 * files, with no React, no store, no validation and no panel. It marks its first `idle`.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { cameraForRegions } from '../../app/cartography/framing.ts';
import { palettes } from '../../app/cartography/palette.ts';
import type { GeoData } from '../../app/geo/schema.ts';
import { addLayers } from '../../app/map/maplibre/sync.ts';

setWorkerUrl(workerUrl);

const load = (name: string) => fetch(`./data/${name}.geojson`).then((r) => r.json());
const [regions, borders, places] = await Promise.all(['regions', 'borders', 'places'].map(load));
const geo = { regions, borders, places } as GeoData;
const container = document.getElementById('map') as HTMLElement;
// The same canvas size as the app's map (the benchmark passes it), else the whole window.
const size = new URLSearchParams(location.search);
if (size.has('w')) container.style.width = `${Number(size.get('w'))}px`;
if (size.has('h')) container.style.height = `${Number(size.get('h'))}px`;
const map = new MapLibreMap({
  container,
  style: { version: 8, sources: {}, layers: [] },
  // The app's opening camera for a map of this size, from the same framing.
  ...cameraForRegions(geo, [], container.clientWidth, container.clientHeight),
  fadeDuration: 0,
});
// For the benchmark's story-scroll baseline: the same camera moves on the bare map.
(window as unknown as { floorMap: MapLibreMap }).floorMap = map;
map.once('load', () => {
  addLayers(map, geo, palettes.light);
  map.once('idle', () => {
    document.documentElement.dataset.floorIdle = String(performance.now());
  });
});
