/**
 * Names on the MapLibre map as HTML markers: no glyph server is needed and text stays crisp.
 * Their placement and type come from the map specification (cartography/style.ts), as the SVG
 * map's do. Clicks pass through them to the map; screen readers get the names from the region
 * list instead, so the labels are hidden from them.
 */
import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import type { Palette } from '../cartography/palette.ts';
import {
  LABEL_FONT,
  LABEL_HALO,
  LABELS,
  type LabelKind,
  labelKindOfRegion,
  placeLabelShows,
} from '../cartography/style.ts';
import type { GeoData } from '../geo/schema.ts';

function labelElement(text: string, kind: LabelKind, palette: Palette): HTMLElement {
  const style = LABELS[kind];
  const element = document.createElement('span');
  element.className = `map-label map-label--${kind}`;
  element.textContent = style.upperCase ? text.toUpperCase() : text;
  element.setAttribute('aria-hidden', 'true');
  Object.assign(element.style, {
    font: `${style.italic ? 'italic ' : ''}${style.weight} ${style.size}px ${LABEL_FONT}`,
    letterSpacing: style.spacing ? `${style.spacing}px` : '',
    color: palette[style.colour],
    // The same halo width as the SVG labels' stroke, as a text shadow.
    textShadow: [0, 1, 2].map(() => `0 0 ${LABEL_HALO - 1}px ${palette.halo}`).join(', '),
  });
  return element;
}

export function addLabels(map: MapLibreMap, geo: GeoData, palette: Palette): () => void {
  const marker = (text: string, kind: LabelKind, lngLat: [number, number]) => {
    const { anchor, offset } = LABELS[kind];
    return new Marker({ element: labelElement(text, kind, palette), anchor, offset: [...offset] })
      .setLngLat(lngLat)
      .addTo(map);
  };
  const regionLabels = geo.regions.features
    .filter((f) => f.properties.clickable)
    .map(({ properties: p }) => marker(p.name, labelKindOfRegion(p.kind), p.label));
  const placeLabels = geo.places.features.map(({ properties: p, geometry }) => ({
    place: p,
    marker: marker(p.name, p.kind === 'sea' ? 'sea' : 'city', geometry.coordinates),
  }));
  const showByZoom = () => {
    const zoom = map.getZoom();
    for (const { place, marker } of placeLabels) {
      marker.getElement().hidden = !placeLabelShows(place, zoom);
    }
  };
  showByZoom();
  map.on('zoomend', showByZoom);
  return () => {
    map.off('zoomend', showByZoom);
    for (const m of [...regionLabels, ...placeLabels.map((l) => l.marker)]) m.remove();
  };
}
