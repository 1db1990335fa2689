import type { Bbox, GeoData } from '../geo/schema.ts';

/** The smallest box holding all the given boxes. */
export function unionBbox(boxes: Bbox[]): Bbox {
  return boxes.reduce<Bbox>(
    (acc, b) => [
      Math.min(acc[0], b[0]),
      Math.min(acc[1], b[1]),
      Math.max(acc[2], b[2]),
      Math.max(acc[3], b[3]),
    ],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/**
 * The opening view: every region the article is about and every marked city, so Moscow,
 * Kyiv and Tskhinvali are all on screen. Derived from the data, never typed in.
 */
export function overviewBbox(geo: GeoData): Bbox {
  const focus = geo.regions.features.filter((f) => f.properties.clickable && f.properties.id !== 'russia');
  const cities = geo.places.features
    .filter((p) => p.properties.kind === 'city')
    .map(
      ({
        geometry: {
          coordinates: [x, y],
        },
      }): Bbox => [x, y, x, y],
    );
  return unionBbox([...focus.map((f) => f.bbox), ...cities]);
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Padding around the opening view, in pixels (MapLibre's fitBounds and the SVG map alike). */
export const OVERVIEW_PADDING = 24;
/** Room around a framed region, as a share of the map's smaller side: the reader sees its neighbours. */
export const FIT_MARGIN = 0.12;
/** The closest either map zooms in when framing a region (MapLibre zoom levels, 512 px tiles). */
export const MAX_FIT_ZOOM = 6;

export interface Frame {
  bbox: Bbox;
  padding: number;
  maxZoom: number;
}

/** How to frame the highlighted regions (or the overview when there are none) in a map of this size. */
export function frameFor(geo: GeoData, ids: readonly string[], width: number, height: number): Frame {
  const boxes = geo.regions.features.filter((f) => ids.includes(f.id)).map((f) => f.bbox);
  if (boxes.length === 0) return { bbox: overviewBbox(geo), padding: OVERVIEW_PADDING, maxZoom: 22 };
  return {
    bbox: unionBbox(boxes),
    padding: Math.round(Math.min(width, height) * FIT_MARGIN),
    maxZoom: MAX_FIT_ZOOM,
  };
}
