import type { LngLat } from 'maplibre-gl';
import { type Map as MapLibreMap, Marker } from 'maplibre-gl';

interface HoverLabel {
  show(name: string, at: LngLat): void;
  hide(): void;
}

/**
 * The name of the region under the pointer, just above it: a marker, like the other labels
 * (a Popup would bring a close button, focus handling and edge placement it does not need).
 */
export function hoverLabelOn(map: MapLibreMap): HoverLabel {
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
