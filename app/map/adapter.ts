/**
 * The only module that calls the map imperatively. It wires map events to store actions
 * through one table, and follows the store (highlight through feature-state, camera moves)
 * without re-rendering React.
 */
import { type MapLayerMouseEvent, type Map as MapLibreMap, type MapMouseEvent, Marker } from 'maplibre-gl';
import type { GeoData } from '../geo/schema.ts';
import { highlightedRegionIds } from '../state/selectors.ts';
import type { ExplainerState, ExplainerStore } from '../state/store.ts';
import { overviewBbox, prefersReducedMotion, unionBbox } from './camera.ts';
import { drawHatch } from './hatch.ts';
import { DETAIL_ZOOM, MAJOR_CITIES } from './labels.ts';
import { BORDER_SOURCE, HIT_LAYERS, layers, PLACE_SOURCE, REGION_SOURCE } from './layers.ts';
import { hatches } from './palette.ts';

/** Room around a framed region, as a share of the map's smaller side: the reader sees its neighbours. */
const FIT_MARGIN = 0.12;

export function addLayers(map: MapLibreMap, geo: GeoData): void {
  for (const hatch of hatches) {
    map.addImage(hatch.id, drawHatch(hatch, 2), { pixelRatio: 2 });
  }
  map.addSource(REGION_SOURCE, { type: 'geojson', data: geo.regions, promoteId: 'id' });
  map.addSource(BORDER_SOURCE, { type: 'geojson', data: geo.borders });
  map.addSource(PLACE_SOURCE, { type: 'geojson', data: geo.places, promoteId: 'id' });
  for (const layer of layers) map.addLayer(layer);
}

/** The canvas is what keyboard and screen-reader users reach: it gets the map's name and description. */
export function describeCanvas(map: MapLibreMap, label: string, descriptionId: string): void {
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', label);
  canvas.setAttribute('aria-describedby', descriptionId);
}

/** The clickable region under a point: the topmost drawn one that readers can select. */
export function regionAt(map: MapLibreMap, point: MapMouseEvent['point']): string | null {
  const hits = map.queryRenderedFeatures(point, { layers: HIT_LAYERS });
  const hit = hits.find((f) => f.properties?.clickable === true);
  return hit ? String(hit.properties?.id) : null;
}

type Anchor = 'center' | 'left' | 'top' | 'bottom';
const LABEL_OFFSET: Record<Anchor, [number, number]> = {
  center: [0, 0],
  left: [6, 0],
  top: [0, 2],
  bottom: [0, -2],
};

function setZoomBand(map: MapLibreMap): void {
  map.getContainer().dataset.zoomBand = map.getZoom() < DETAIL_ZOOM ? 'overview' : 'detail';
}

/**
 * Names on the map as HTML markers: no glyph server is needed, text stays crisp and
 * selectable by nothing (clicks pass through to the map). Screen readers get the names from
 * the region list instead, so the labels are hidden from them.
 */
export function addLabels(map: MapLibreMap, geo: GeoData): () => void {
  const label = (text: string, className: string, lngLat: [number, number], anchor: Anchor) => {
    const element = document.createElement('span');
    element.className = `map-label ${className}`;
    element.textContent = text;
    element.setAttribute('aria-hidden', 'true');
    return new Marker({ element, anchor, offset: LABEL_OFFSET[anchor] }).setLngLat(lngLat).addTo(map);
  };
  // Countries' names sit under their label point and the regions' above theirs, so Georgia
  // and South Ossetia, whose points are close, do not print over each other.
  const regionLabels = geo.regions.features
    .filter((f) => f.properties.clickable)
    .map(({ properties: p }) =>
      label(p.name, `map-label--${p.kind}`, p.label, p.kind === 'country' ? 'top' : 'bottom'),
    );
  const placeLabels = geo.places.features.map(({ properties: p, geometry }) => {
    if (p.kind === 'sea') return label(p.name, 'map-label--sea', geometry.coordinates, 'center');
    const minor = MAJOR_CITIES.has(p.id) ? '' : ' map-label--minor';
    return label(p.name, `map-label--city${minor}`, geometry.coordinates, 'left');
  });
  const markers = [...regionLabels, ...placeLabels];
  setZoomBand(map);
  return () => {
    for (const marker of markers) marker.remove();
  };
}

/** The map and the parts the adapter adds to it. */
interface Attached {
  map: MapLibreMap;
  hover: HoverLabel;
}

type Handler = (event: MapLayerMouseEvent, on: Attached, state: ExplainerState) => void;

interface HoverLabel {
  show(name: string, at: MapLayerMouseEvent['lngLat']): void;
  hide(): void;
}

/**
 * The name of the region under the pointer, just above it: a marker, like the other labels
 * (a Popup would bring a close button, focus handling and edge placement it does not need).
 */
function hoverLabelOn(map: MapLibreMap): HoverLabel {
  const element = document.createElement('span');
  element.className = 'hover-label';
  element.setAttribute('aria-hidden', 'true');
  const marker = new Marker({ element, anchor: 'bottom', offset: [0, -12] });
  return {
    show(name, at) {
      element.textContent = name;
      marker.setLngLat(at);
      if (!element.isConnected) marker.addTo(map);
    },
    hide: () => marker.remove(),
  };
}

/** Every map event the app listens to, and the store action it becomes. */
const EVENTS: Record<string, Handler> = {
  click: (e, { map }, s) => {
    const id = regionAt(map, e.point);
    if (id) s.selectRegion(id);
    else s.clearSelection();
  },
  mousemove: (e, { map, hover }, s) => {
    const id = regionAt(map, e.point);
    s.hoverRegion(id);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    const name = id && s.geo?.regions.features.find((f) => f.id === id)?.properties.name;
    if (name) hover.show(name, e.lngLat);
    else hover.hide();
  },
  zoomend: (_e, { map }) => setZoomBand(map),
  mouseout: (_e, { map, hover }, s) => {
    s.hoverRegion(null);
    map.getCanvas().style.cursor = '';
    hover.hide();
  },
};

function setFlag(map: MapLibreMap, id: string | null, key: 'hover' | 'selected', value: boolean): void {
  if (id) map.setFeatureState({ source: REGION_SOURCE, id }, { [key]: value });
}

/** Frames the given regions, or the whole map when there are none. */
export function fitRegions(map: MapLibreMap, geo: GeoData, ids: readonly string[]): void {
  const boxes = geo.regions.features.filter((f) => ids.includes(f.id)).map((f) => f.bbox);
  const bbox = boxes.length ? unionBbox(boxes) : overviewBbox(geo);
  const { clientWidth, clientHeight } = map.getContainer();
  const padding = Math.round(Math.min(clientWidth, clientHeight) * FIT_MARGIN);
  map.fitBounds(bbox, { padding, animate: !prefersReducedMotion(), maxZoom: 6 });
}

/** Connects a loaded map to the store; returns the function that disconnects it. */
export function attachMap(map: MapLibreMap, store: ExplainerStore, geo: GeoData): () => void {
  const on: Attached = { map, hover: hoverLabelOn(map) };
  const listeners = Object.entries(EVENTS).map(([type, handle]) => {
    const listener = (e: MapLayerMouseEvent) => handle(e, on, store.getState());
    map.on(type as 'click', listener);
    return () => map.off(type as 'click', listener);
  });

  let highlighted = highlightedRegionIds(store.getState());
  for (const id of highlighted) setFlag(map, id, 'selected', true);
  if (highlighted.length) fitRegions(map, geo, highlighted);

  const applySelection = (frame: boolean) => {
    const next = highlightedRegionIds(store.getState());
    const changed = next.join() !== highlighted.join();
    if (changed) {
      for (const id of highlighted) setFlag(map, id, 'selected', false);
      for (const id of next) setFlag(map, id, 'selected', true);
      highlighted = next;
    }
    if (changed || frame) fitRegions(map, geo, next);
  };
  // The panel paints first: the map's highlight and camera follow a frame later, so a click
  // never waits for a WebGL frame before the reader sees the text.
  let scheduled = 0;
  let frameRequested = false;
  const unsubscribe = store.subscribe((now, before) => {
    if (now.hoveredRegionId !== before.hoveredRegionId) {
      setFlag(map, before.hoveredRegionId, 'hover', false);
      setFlag(map, now.hoveredRegionId, 'hover', true);
    }
    if (
      now.route === before.route &&
      now.frameRequests === before.frameRequests &&
      now.story === before.story
    )
      return;
    frameRequested ||= now.frameRequests !== before.frameRequests;
    cancelAnimationFrame(scheduled);
    scheduled = requestAnimationFrame(() => {
      scheduled = requestAnimationFrame(() => {
        applySelection(frameRequested);
        frameRequested = false;
      });
    });
  });

  const removeLabels = addLabels(map, geo);
  return () => {
    cancelAnimationFrame(scheduled);
    unsubscribe();
    removeLabels();
    on.hover.hide();
    for (const off of listeners) off();
  };
}
