/**
 * The only module that calls the map imperatively. It wires map events to store actions
 * through one table, and follows the store (highlight through feature-state, camera moves)
 * without re-rendering React.
 */
import type { MapLayerMouseEvent, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { GeoData } from '../geo/schema.ts';
import type { ExplainerState, ExplainerStore } from '../state/store.ts';
import { overviewBbox, prefersReducedMotion, regionBbox } from './camera.ts';
import { drawHatch } from './hatch.ts';
import { BORDER_SOURCE, HIT_LAYERS, layers, PLACE_SOURCE, REGION_SOURCE } from './layers.ts';
import { hatches } from './palette.ts';

const FIT_PADDING = 32;

export function addLayers(map: MapLibreMap, geo: GeoData): void {
  for (const hatch of hatches) {
    map.addImage(hatch.id, drawHatch(hatch, 2), { pixelRatio: 2 });
  }
  map.addSource(REGION_SOURCE, { type: 'geojson', data: geo.regions, promoteId: 'id' });
  map.addSource(BORDER_SOURCE, { type: 'geojson', data: geo.borders });
  map.addSource(PLACE_SOURCE, { type: 'geojson', data: geo.places, promoteId: 'id' });
  for (const layer of layers) map.addLayer(layer);
}

/** The clickable region under a point: the topmost drawn one that readers can select. */
export function regionAt(map: MapLibreMap, point: MapMouseEvent['point']): string | null {
  const hits = map.queryRenderedFeatures(point, { layers: HIT_LAYERS });
  const hit = hits.find((f) => f.properties?.clickable === true);
  return hit ? String(hit.properties?.id) : null;
}

type Handler = (event: MapLayerMouseEvent, map: MapLibreMap, state: ExplainerState) => void;

/** Every map event the app listens to, and the store action it becomes. */
const EVENTS: Record<string, Handler> = {
  click: (e, map, s) => {
    const id = regionAt(map, e.point);
    if (id) s.selectRegion(id);
    else s.clearSelection();
  },
  mousemove: (e, map, s) => {
    const id = regionAt(map, e.point);
    s.hoverRegion(id);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
  },
  mouseout: (_e, map, s) => {
    s.hoverRegion(null);
    map.getCanvas().style.cursor = '';
  },
};

function setFlag(map: MapLibreMap, id: string | null, key: 'hover' | 'selected', value: boolean): void {
  if (id) map.setFeatureState({ source: REGION_SOURCE, id }, { [key]: value });
}

export function fitRegion(map: MapLibreMap, geo: GeoData, id: string | null): void {
  const bbox = id ? regionBbox(geo, id) : overviewBbox(geo);
  if (!bbox) return;
  map.fitBounds(bbox, { padding: FIT_PADDING, animate: !prefersReducedMotion(), maxZoom: 8 });
}

/** Connects a loaded map to the store; returns the function that disconnects it. */
export function attachMap(map: MapLibreMap, store: ExplainerStore, geo: GeoData): () => void {
  const listeners = Object.entries(EVENTS).map(([type, handle]) => {
    const listener = (e: MapLayerMouseEvent) => handle(e, map, store.getState());
    map.on(type as 'click', listener);
    return () => map.off(type as 'click', listener);
  });

  const initial = store.getState();
  setFlag(map, initial.selectedRegionId, 'selected', true);
  if (initial.selectedRegionId) fitRegion(map, geo, initial.selectedRegionId);

  const unsubscribe = store.subscribe((now, before) => {
    if (now.hoveredRegionId !== before.hoveredRegionId) {
      setFlag(map, before.hoveredRegionId, 'hover', false);
      setFlag(map, now.hoveredRegionId, 'hover', true);
    }
    if (now.selectedRegionId !== before.selectedRegionId) {
      setFlag(map, before.selectedRegionId, 'selected', false);
      setFlag(map, now.selectedRegionId, 'selected', true);
      fitRegion(map, geo, now.selectedRegionId);
    }
  });

  return () => {
    unsubscribe();
    for (const off of listeners) off();
  };
}
