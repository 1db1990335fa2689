/**
 * The one owner of the MapLibre map: creates it on mount, removes it on unmount. The parts
 * that draw on it (layers, labels), listen to it (events) and move it (sync) get the map from
 * here and hand back a function that detaches them.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { cameraForMap } from '../cartography/furniture.ts';
import { palettes } from '../cartography/palette.ts';
import { exposeDebugHandle } from '../debug.ts';
import type { GeoData } from '../geo/schema.ts';
import { highlightedRegionIds, storyStepsShown, viewedGeoOf } from '../state/selectors.ts';
import { store } from '../state/store.ts';
import { useTheme } from '../theme.ts';
import { listenToPointer } from './events.ts';
import { addLabels } from './labels.ts';
import { addLayers, followStore, showRegions } from './sync.ts';

// A bundled MapLibre cannot find its worker next to its own module; point it at the asset.
setWorkerUrl(workerUrl);

/** The canvas is what keyboard and screen-reader users reach: it gets the map's name and description. */
function describeCanvas(map: MapLibreMap, label: string, descriptionId: string): void {
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', label);
  canvas.setAttribute('aria-describedby', descriptionId);
}

export default function MapView({
  geo,
  label,
  description,
}: {
  geo: GeoData;
  label: string;
  description: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const theme = useTheme();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const palette = palettes[theme];
    const { setMapStatus, reportProblem } = store.getState();
    setMapStatus('loading');
    const opening = cameraForMap(
      geo,
      highlightedRegionIds(store.getState()),
      element.clientWidth,
      element.clientHeight,
      storyStepsShown(store.getState()),
    );
    const map = new MapLibreMap({
      container: element,
      style: { version: 8, sources: {}, layers: [] },
      ...opening,
      // Panning and zooming out stop at the published extent: no reader sees where the data ends.
      maxBounds: geo.regions.bbox,
      attributionControl: false,
      cooperativeGestures: true,
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    map.addControl(new AttributionControl({ compact: false, customAttribution: 'Natural Earth' }));
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.touchZoomRotate.disableRotation();
    describeCanvas(map, label, 'maplibre-description');

    const detach: (() => void)[] = [];
    map.on('error', (event) => reportProblem(`Map: ${event.error?.message ?? 'unknown error'}`));
    // A lost graphics context (GPU reset, too many WebGL pages): fall back to the SVG map,
    // which follows the same store, so the reader keeps their place.
    map.on('webglcontextlost', () => {
      reportProblem('Map: the graphics context was lost; showing the simpler drawing of the map.');
      setMapStatus('failed');
    });
    map.once('load', () => {
      // The regions as the chosen point of view draws and names them; the names and the
      // pointer's hover names follow a switch.
      let viewed = viewedGeoOf(store.getState()) ?? geo;
      addLayers(map, viewed, palette);
      const attachNamed = (data: GeoData) => {
        const parts = [
          listenToPointer(map, store, data),
          addLabels(map, data, palette, () => ({
            highlighted: highlightedRegionIds(store.getState()),
            storySteps: storyStepsShown(store.getState()),
          })),
        ];
        return () => {
          for (const off of parts) off();
        };
      };
      let detachNamed = attachNamed(viewed);
      const unfollowView = store.subscribe((state) => {
        const next = viewedGeoOf(state) ?? geo;
        if (next === viewed) return;
        viewed = next;
        showRegions(map, next);
        detachNamed();
        detachNamed = attachNamed(next);
      });
      detach.push(followStore(map, store, geo), unfollowView, () => detachNamed());
      map.once('idle', () => {
        // Keyboard focus that was on the SVG stand-in moves to the map that replaces it, so
        // the arrow keys pan at once.
        const hadFocus = document.activeElement?.closest('.map-area');
        setMapStatus('ready');
        if (hadFocus) map.getCanvas().focus();
      });
    });
    const release = exposeDebugHandle({ map });

    return () => {
      release();
      for (const off of detach) off();
      map.remove();
      // A failed map stays failed: the SVG map it fell back to keeps the reader's place.
      if (store.getState().mapStatus !== 'failed') setMapStatus('idle');
    };
  }, [geo, label, theme]);

  return (
    <>
      <div ref={container} className="map" />
      <p id="maplibre-description" className="visually-hidden">
        {description}
      </p>
    </>
  );
}
