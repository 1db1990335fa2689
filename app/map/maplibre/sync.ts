/**
 * The MapLibre map follows its input (map/contract.ts): the highlighted regions through
 * feature-state, the camera through the shared framing (cartography/framing.ts), without
 * re-rendering React.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { afterPaint } from '../../afterPaint.ts';
import { cameraForMap } from '../../cartography/furniture.ts';
import type { Palette } from '../../cartography/palette.ts';
import { HATCHES } from '../../cartography/style.ts';
import type { GeoData } from '../../geo/schema.ts';
import type { MapFeed, MapInput } from '../contract.ts';
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

/** The camera both renderers use for the highlight (the overview when there is none), at this map's size, with its furniture. */
function cameraOf(map: MapLibreMap, { geo, highlighted, storySteps }: MapInput) {
  const { clientWidth, clientHeight } = map.getContainer();
  return cameraForMap(geo, highlighted, clientWidth, clientHeight, storySteps);
}

function setFlag(map: MapLibreMap, id: string | null, key: 'hover' | 'selected', value: boolean): void {
  if (id) map.setFeatureState({ source: REGION_SOURCE, id }, { [key]: value });
}

/** Keeps a loaded map in step with its feed; returns the function that stops it. */
export function followInput(map: MapLibreMap, feed: MapFeed): () => void {
  // Until the reader pans or zooms, the map keeps the shared framing when its box changes
  // size (a scrollbar appearing, a phone turning), as the SVG map does.
  let readerMoved = false;
  let shown = feed.read();
  const frame = () => {
    readerMoved = false;
    map.easeTo({ ...cameraOf(map, shown), animate: !prefersReducedMotion() });
  };
  const onMoveStart = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) readerMoved = true;
  };
  const onResize = () => {
    if (!readerMoved) map.jumpTo(cameraOf(map, shown));
  };
  map.on('movestart', onMoveStart);
  map.on('resize', onResize);

  // The route may have arrived (with the story) while the map was loading: start from its framing.
  map.jumpTo(cameraOf(map, shown));
  for (const id of shown.highlighted) setFlag(map, id, 'selected', true);
  setFlag(map, shown.hovered, 'hover', true);

  const apply = (next: MapInput, reframe: boolean) => {
    const changed = next.highlighted.join() !== shown.highlighted.join();
    // The story steps coming or going change the room the framing has.
    const roomChanged = next.storySteps !== shown.storySteps;
    if (changed) {
      for (const id of shown.highlighted) setFlag(map, id, 'selected', false);
      for (const id of next.highlighted) setFlag(map, id, 'selected', true);
    }
    shown = { ...next, hovered: shown.hovered };
    if (changed || reframe || roomChanged) frame();
  };
  // The panel paints first: the map's highlight and camera follow a frame later, so a click
  // never waits for a WebGL frame before the reader sees the text.
  let cancelScheduled = () => {};
  let frameRequested = false;
  let heard = shown;
  const unsubscribe = feed.subscribe(() => {
    const now = feed.read();
    const before = heard;
    if (now === before) return;
    heard = now;
    if (now.hovered !== shown.hovered) {
      setFlag(map, shown.hovered, 'hover', false);
      setFlag(map, now.hovered, 'hover', true);
      shown = { ...shown, hovered: now.hovered };
    }
    const moved =
      now.highlighted.join() !== before.highlighted.join() ||
      now.storySteps !== before.storySteps ||
      now.frameRequests !== before.frameRequests;
    if (!moved) return;
    frameRequested ||= now.frameRequests !== before.frameRequests;
    cancelScheduled();
    const later = () => {
      apply(feed.read(), frameRequested);
      frameRequested = false;
    };
    // Reading on in story mode changes no panel: the map follows in the next frame.
    if (now.storyMode && before.storyMode) {
      const next = requestAnimationFrame(later);
      cancelScheduled = () => cancelAnimationFrame(next);
    } else cancelScheduled = afterPaint(later);
  });
  return () => {
    cancelScheduled();
    map.off('movestart', onMoveStart);
    map.off('resize', onResize);
    unsubscribe();
  };
}
