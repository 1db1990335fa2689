/**
 * Names on the MapLibre map as HTML markers: no glyph server is needed and text stays crisp.
 * Which names show and where come from the label placement (cartography/labels.ts), the
 * same as the SVG map's, rerun whenever the map comes to rest; while it moves, a name that
 * reaches the edge is hidden rather than cut. Clicks pass through them to the map; screen
 * readers get the names from the region list instead, so the labels are hidden from them.
 */
import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import {
  type Box,
  LABEL_MARGIN,
  labelText,
  type PlacedLabel,
  placeLabels,
  type Viewport,
} from '../../cartography/labels.ts';
import type { Palette } from '../../cartography/palette.ts';
import { LABEL_HALO, LABELS, type LabelKind, labelKindOfRegion } from '../../cartography/style.ts';
import type { GeoData } from '../../geo/schema.ts';
import { labelFont, measureText } from '../measureText.ts';

function labelElement(text: string, kind: LabelKind, palette: Palette): HTMLElement {
  const style = LABELS[kind];
  const element = document.createElement('span');
  element.className = `map-label map-label--${kind}`;
  element.textContent = text;
  element.setAttribute('aria-hidden', 'true');
  element.hidden = true;
  Object.assign(element.style, {
    font: labelFont(kind),
    lineHeight: `${measureText(text, kind).height}px`,
    padding: `0 ${LABEL_HALO}px`,
    whiteSpace: 'nowrap',
    textAlign: 'center',
    letterSpacing: style.spacing ? `${style.spacing}px` : '',
    color: palette[style.colour],
    // The same halo width as the SVG labels' stroke, as a text shadow.
    textShadow: [0, 1, 2].map(() => `0 0 ${LABEL_HALO - 1}px ${palette.halo}`).join(', '),
  });
  return element;
}

/**
 * Sets a long name on the lines the placement chose, a break between each; the text itself
 * stays whole (a space at a line's end is not drawn).
 */
function setLines(element: HTMLElement, { text, lines }: PlacedLabel): void {
  const key = lines.join('\n');
  if (element.dataset.lines === key) return;
  element.dataset.lines = key;
  let at = 0;
  element.replaceChildren(
    ...lines.flatMap((line, i) => {
      const start = text.indexOf(line, at);
      const end = i + 1 < lines.length ? text.indexOf(lines[i + 1] ?? '', start + line.length) : text.length;
      at = end;
      const piece = document.createTextNode(text.slice(start, end));
      return i + 1 < lines.length ? [piece, document.createElement('br')] : [piece];
    }),
  );
}

function viewportOf(map: MapLibreMap): Viewport {
  const container = map.getContainer();
  return {
    width: container.clientWidth,
    height: container.clientHeight,
    project: (lngLat) => {
      const { x, y } = map.project([lngLat[0], lngLat[1]]);
      return [x, y];
    },
    unproject: (point) => map.unproject([point[0], point[1]]).toArray() as [number, number],
  };
}

/** The map's controls (zoom buttons, attribution), as boxes names keep clear of. */
function controlBoxes(map: MapLibreMap): Box[] {
  const origin = map.getContainer().getBoundingClientRect();
  return [...map.getContainer().querySelectorAll('.maplibregl-ctrl')].map((control) => {
    const r = control.getBoundingClientRect();
    return [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top];
  });
}

export function addLabels(
  map: MapLibreMap,
  geo: GeoData,
  palette: Palette,
  /** What the map shows now: the highlighted regions, and whether the story steps cover its foot. */
  onMap: () => { highlighted: readonly string[]; storySteps: boolean },
): () => void {
  const entries = [
    ...geo.regions.features
      .filter((f) => f.properties.clickable)
      .map((f) => ({ id: f.id, name: f.properties.name, kind: labelKindOfRegion(f.properties.kind) })),
    ...geo.places.features.map((p) => ({
      id: p.id,
      name: p.properties.name,
      kind: (p.properties.kind === 'sea' ? 'sea' : 'city') as LabelKind,
    })),
  ];
  const markers = new Map(
    entries.map(({ id, name, kind }) => {
      const element = labelElement(labelText(name, kind), kind, palette);
      element.dataset.label = id;
      return [id, new Marker({ element, anchor: 'top-left' }).setLngLat([0, 0]).addTo(map)];
    }),
  );
  let shown = new Map<
    string,
    { lngLat: [number, number]; offset: [number, number]; width: number; height: number }
  >();

  const place = () => {
    const view = viewportOf(map);
    const placed = placeLabels(geo, view, measureText, {
      ...onMap(),
      obstacles: controlBoxes(map),
    });
    shown = new Map();
    for (const label of placed) {
      const [x, y] = view.project(label.lngLat);
      const offset: [number, number] = [label.box[0] - x, label.box[1] - y];
      shown.set(label.id, {
        lngLat: label.lngLat,
        offset,
        width: label.box[2] - label.box[0],
        height: label.box[3] - label.box[1],
      });
      const marker = markers.get(label.id);
      if (!marker) continue;
      setLines(marker.getElement(), label);
      marker.setLngLat(label.lngLat).setOffset(offset);
    }
    for (const [id, marker] of markers) marker.getElement().hidden = !shown.has(id);
  };

  // While the map moves, names follow it; one that reaches the edge hides until the next placement.
  const keepInside = () => {
    const view = viewportOf(map);
    for (const [id, { lngLat, offset, width, height }] of shown) {
      const [x, y] = view.project(lngLat);
      const left = x + offset[0];
      const top = y + offset[1];
      const inside =
        left >= LABEL_MARGIN &&
        top >= LABEL_MARGIN &&
        left + width <= view.width - LABEL_MARGIN &&
        top + height <= view.height - LABEL_MARGIN;
      const element = markers.get(id)?.getElement();
      if (element) element.hidden = !inside;
    }
  };

  // Placing names searches the view for room: done in the next frame, off the path of the
  // move that ends, so a camera move finishes as soon as it is drawn.
  let pending = 0;
  const placeSoon = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(place);
  };
  place();
  map.on('moveend', placeSoon);
  map.on('resize', placeSoon);
  map.on('move', keepInside);
  return () => {
    cancelAnimationFrame(pending);
    map.off('moveend', placeSoon);
    map.off('resize', placeSoon);
    map.off('move', keepInside);
    for (const m of markers.values()) m.remove();
  };
}
