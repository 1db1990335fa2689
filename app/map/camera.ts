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

export function regionBbox(geo: GeoData, id: string): Bbox | null {
  return geo.regions.features.find((f) => f.id === id)?.bbox ?? null;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
