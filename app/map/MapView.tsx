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
import { addLayers, attachMap, describeCanvas } from './adapter.ts';
import { overviewBbox } from './camera.ts';

// A bundled MapLibre cannot find its worker next to its own module; point it at the asset.
setWorkerUrl(workerUrl);

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
    describeCanvas(map, label, 'maplibre-description');

    let detach: (() => void) | undefined;
    map.on('error', (event) => reportProblem(`Map: ${event.error?.message ?? 'unknown error'}`));
    // A lost graphics context (GPU reset, too many WebGL pages): fall back to the SVG map,
    // which follows the same store, so the reader keeps their place.
    map.on('webglcontextlost', () => {
      reportProblem('Map: the graphics context was lost; showing the simpler drawing of the map.');
      setMapStatus('failed');
    });
    map.once('load', () => {
      addLayers(map, geo);
      detach = attachMap(map, store, geo);
      map.once('idle', () => {
        // Keyboard focus that was on the SVG stand-in moves to the map that replaces it.
        const hadFocus = document.activeElement?.closest('.map-area');
        setMapStatus('ready');
        if (hadFocus) map.getCanvas().focus();
      });
    });
    const release = exposeDebugHandle({ map });

    return () => {
      release();
      detach?.();
      map.remove();
      // A failed map stays failed: the SVG map it fell back to keeps the reader's place.
      if (store.getState().mapStatus !== 'failed') setMapStatus('idle');
    };
  }, [geo, label]);

  return (
    <>
      <div ref={container} className="map" />
      <p id="maplibre-description" className="visually-hidden">
        {description}
      </p>
    </>
  );
}
