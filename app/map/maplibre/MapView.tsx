/**
 * The one owner of the MapLibre map: creates it on mount, removes it on unmount. It draws from
 * its feed and reports gestures and its status through `report` (map/contract.ts). The parts
 * that draw on it (layers, labels), listen to it (events) and move it (sync) get the map from
 * here and hand back a function that detaches them.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef } from 'react';
import { cameraForMap } from '../../cartography/furniture.ts';
import { palettes } from '../../cartography/palette.ts';
import { exposeDebugHandle } from '../../debug.ts';
import type { GeoData } from '../../geo/schema.ts';
import { useTheme } from '../../theme.ts';
import type { RendererProps } from '../contract.ts';
import { listenToPointer } from './events.ts';
import { addLabels } from './nameMarkers.ts';
import { addLayers, followInput, showRegions } from './sync.ts';

// A bundled MapLibre cannot find its worker next to its own module; point it at the asset.
setWorkerUrl(workerUrl);

/** The canvas is what keyboard and screen-reader users reach: it gets the map's name and description. */
function describeCanvas(map: MapLibreMap, label: string, descriptionId: string): void {
  const canvas = map.getCanvas();
  canvas.setAttribute('aria-label', label);
  canvas.setAttribute('aria-describedby', descriptionId);
}

export default function MapView({ feed, report, label, description }: RendererProps) {
  const container = useRef<HTMLDivElement>(null);
  const live = useRef<MapLibreMap | null>(null);
  const theme = useTheme();
  // The label follows a point of view's names without the map being made again.
  const named = useRef(label);
  named.current = label;
  useEffect(() => {
    live.current?.getCanvas().setAttribute('aria-label', label);
  }, [label]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const palette = palettes[theme];
    report({ status: 'loading' });
    const first = feed.read();
    const opening = cameraForMap(
      first.geo,
      first.highlighted,
      element.clientWidth,
      element.clientHeight,
      first.storySteps,
    );
    const map = new MapLibreMap({
      container: element,
      style: { version: 8, sources: {}, layers: [] },
      ...opening,
      // Panning and zooming out stop at the published extent: no reader sees where the data ends.
      maxBounds: first.geo.regions.bbox,
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
    describeCanvas(map, named.current, 'maplibre-description');
    live.current = map;

    const detach: (() => void)[] = [];
    map.on('error', (event) => report({ problem: `Map: ${event.error?.message ?? 'unknown error'}` }));
    // A lost graphics context (GPU reset, too many WebGL pages): fall back to the SVG map,
    // which draws from the same input, so the reader keeps their place.
    map.on('webglcontextlost', () => {
      report({ problem: 'Map: the graphics context was lost; showing the simpler drawing of the map.' });
      report({ status: 'failed' });
    });
    map.once('load', () => {
      // The regions as the chosen point of view draws and names them; the names and the
      // pointer's hover names follow a switch.
      let viewed = feed.read().geo;
      addLayers(map, viewed, palette);
      const attachNamed = (data: GeoData) => {
        const parts = [listenToPointer(map, report, data), addLabels(map, data, palette, () => feed.read())];
        return () => {
          for (const off of parts) off();
        };
      };
      let detachNamed = attachNamed(viewed);
      const unfollowView = feed.subscribe(() => {
        const next = feed.read().geo;
        if (next === viewed) return;
        viewed = next;
        showRegions(map, next);
        detachNamed();
        detachNamed = attachNamed(next);
      });
      detach.push(followInput(map, feed), unfollowView, () => detachNamed());
      map.once('idle', () => {
        // Keyboard focus that was on the SVG stand-in moves to the map that replaces it, so
        // the arrow keys pan at once.
        const hadFocus = document.activeElement?.closest('.map-area');
        report({ status: 'ready' });
        if (hadFocus) map.getCanvas().focus();
      });
    });
    const release = exposeDebugHandle({ map });

    return () => {
      release();
      for (const off of detach) off();
      map.remove();
      live.current = null;
      report({ status: 'idle' });
    };
  }, [feed, report, theme]);

  return (
    <>
      <div ref={container} className="map" />
      <p id="maplibre-description" className="visually-hidden">
        {description}
      </p>
    </>
  );
}
