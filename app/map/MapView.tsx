/**
 * The one owner of the MapLibre map: creates it once on mount, removes it on unmount.
 * Everything else reaches the map through the adapter.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { exposeDebugHandle } from '../debug.ts';
import type { GeoData } from '../geo/schema.ts';
import { store } from '../state/store.ts';
import { addLayers, attachMap } from './adapter.ts';
import { overviewBbox } from './camera.ts';

// A bundled MapLibre cannot find its worker next to its own module; point it at the asset.
setWorkerUrl(workerUrl);

export function MapView({ geo }: { geo: GeoData }) {
  const container = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const { setMapStatus, reportProblem } = store.getState();
    setMapStatus('loading');
    const map = new MapLibreMap({
      container: container.current,
      style: { version: 8, sources: {}, layers: [] },
      bounds: overviewBbox(geo),
      fitBoundsOptions: { padding: 24 },
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

    let detach: (() => void) | undefined;
    map.on('error', (event) => reportProblem(`Map: ${event.error?.message ?? 'unknown error'}`));
    map.once('load', () => {
      addLayers(map, geo);
      detach = attachMap(map, store, geo);
      map.once('idle', () => {
        setMapStatus('ready');
        document.documentElement.dataset.mapReady = 'true';
      });
    });
    const release = exposeDebugHandle({ map });

    return () => {
      release();
      detach?.();
      map.remove();
      delete document.documentElement.dataset.mapReady;
    };
  }, [geo]);

  return (
    <section
      ref={container}
      className="map"
      aria-label="Map of Georgia, South Ossetia, Ukraine, Crimea, Donbass and Russia"
    />
  );
}
