/**
 * The MapLibre map follows the store: the highlighted regions through feature-state, the
 * camera through the shared framing (cartography/framing.ts), without re-rendering React.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { cameraForMap } from '../cartography/furniture.ts';
import type { Palette } from '../cartography/palette.ts';
import { HATCHES } from '../cartography/style.ts';
import type { GeoData } from '../geo/schema.ts';
import { highlightedRegionIds, storyStepsShown } from '../state/selectors.ts';
import type { ExplainerStore } from '../state/store.ts';
import { hatchImage } from './hatchImage.ts';
import { BORDER_SOURCE, layersFor, PLACE_SOURCE, REGION_SOURCE, regionData } from './layers.ts';

/** Redraws the regions as a point of view draws them: one setData, the layers and feature-state stay. */
export function showRegions(map: MapLibreMap, geo: GeoData): void {
  map.getSource<GeoJSONSource>(REGION_SOURCE)?.setData(regionData(geo.regions));
}

export function addLayers(map: MapLibreMap, geo: GeoData, palette: Palette): void {
  for (const hatch of HATCHES) map.addImage(hatch.id, hatchImage(hatch, palette, 2), { pixelRatio: 2 });
  map.addSource(REGION_SOURCE, { type: 'geojson', data: regionData(geo.regions), promoteId: 'id' });
  map.addSource(BORDER_SOURCE, { type: 'geojson', data: geo.borders });
  map.addSource(PLACE_SOURCE, { type: 'geojson', data: geo.places, promoteId: 'id' });
  for (const layer of layersFor(palette)) map.addLayer(layer);
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The camera both renderers use for these regions (the overview when there are none), at this map's size, with its furniture. */
function cameraOf(map: MapLibreMap, geo: GeoData, ids: readonly string[], storySteps: boolean) {
  const { clientWidth, clientHeight } = map.getContainer();
  return cameraForMap(geo, ids, clientWidth, clientHeight, storySteps);
}

function setFlag(map: MapLibreMap, id: string | null, key: 'hover' | 'selected', value: boolean): void {
  if (id) map.setFeatureState({ source: REGION_SOURCE, id }, { [key]: value });
}

/** Connects a loaded map to the store; returns the function that disconnects it. */
export function followStore(map: MapLibreMap, store: ExplainerStore, geo: GeoData): () => void {
  // Until the reader pans or zooms, the map keeps the shared framing when its box changes
  // size (a scrollbar appearing, a phone turning), as the SVG map does.
  let readerMoved = false;
  const steps = () => storyStepsShown(store.getState());
  const frame = (ids: readonly string[]) => {
    readerMoved = false;
    map.easeTo({ ...cameraOf(map, geo, ids, steps()), animate: !prefersReducedMotion() });
  };
  const onMoveStart = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) readerMoved = true;
  };
  const onResize = () => {
    if (!readerMoved) map.jumpTo(cameraOf(map, geo, highlighted, steps()));
  };
  map.on('movestart', onMoveStart);
  map.on('resize', onResize);

  let highlighted = highlightedRegionIds(store.getState());
  // The route may have arrived (with the story) while the map was loading: start from its framing.
  map.jumpTo(cameraOf(map, geo, highlighted, steps()));
  let stepsShown = steps();
  for (const id of highlighted) setFlag(map, id, 'selected', true);
  setFlag(map, store.getState().hoveredRegionId, 'hover', true);

  const applySelection = (reframe: boolean) => {
    const next = highlightedRegionIds(store.getState());
    const changed = next.join() !== highlighted.join();
    // The story steps coming or going change the room the framing has.
    const roomChanged = steps() !== stepsShown;
    stepsShown = steps();
    if (changed) {
      for (const id of highlighted) setFlag(map, id, 'selected', false);
      for (const id of next) setFlag(map, id, 'selected', true);
      highlighted = next;
    }
    if (changed || reframe || roomChanged) frame(next);
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
    const apply = () => {
      applySelection(frameRequested);
      frameRequested = false;
    };
    // Reading on in story mode changes no panel: the map follows in the next frame.
    if (now.route.story && before.route.story) scheduled = requestAnimationFrame(apply);
    else scheduled = requestAnimationFrame(() => (scheduled = requestAnimationFrame(apply)));
  });
  return () => {
    cancelAnimationFrame(scheduled);
    map.off('movestart', onMoveStart);
    map.off('resize', onResize);
    unsubscribe();
  };
}
