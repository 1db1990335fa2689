/**
 * MapLibre's pointer events, read by the pointer rules both renderers share
 * (cartography/pointer.ts) and reported as gestures: this module only finds which regions are
 * under the pointer.
 */
import type { MapLayerMouseEvent, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import {
  coarsePointer,
  hoverName,
  type PointerGesture,
  reachOf,
  regionMeant,
} from '../../cartography/pointer.ts';
import type { GeoData } from '../../geo/schema.ts';
import type { MapReport } from '../contract.ts';
import { hoverLabelOn } from './hover.ts';
import { HIT_LAYERS } from './layers.ts';

/** The regions drawn under a point, top first: the MapLibre renderer's hit test. */
export function regionsAt(map: MapLibreMap, point: PointLike): string[] {
  return map.queryRenderedFeatures(point, { layers: [...HIT_LAYERS] }).map((f) => String(f.properties?.id));
}

const GESTURES: Record<string, PointerGesture> = { click: 'click', mousemove: 'move', mouseout: 'leave' };

export function listenToPointer(map: MapLibreMap, report: (r: MapReport) => void, geo: GeoData): () => void {
  const hover = hoverLabelOn(map);
  const listeners = Object.entries(GESTURES).map(([type, gesture]) => {
    const listener = (e: MapLayerMouseEvent) => {
      const region =
        gesture === 'leave'
          ? null
          : regionMeant(
              regionsAt(map, e.point),
              geo,
              [e.point.x, e.point.y],
              (lon, lat) => {
                const { x, y } = map.project([lon, lat]);
                return [x, y];
              },
              reachOf((e.originalEvent as PointerEvent).pointerType, coarsePointer),
            );
      report({ gesture, region });
      if (gesture === 'click') return;
      map.getCanvas().style.cursor = region ? 'pointer' : '';
      const name = hoverName(region, geo);
      if (name && gesture === 'move') hover.show(name, e.lngLat);
      else hover.hide();
    };
    map.on(type as 'click', listener);
    return () => map.off(type as 'click', listener);
  });
  return () => {
    hover.hide();
    for (const off of listeners) off();
  };
}
