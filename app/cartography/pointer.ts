/**
 * Pointer rules for both renderers, in one place. Each renderer only finds which regions lie
 * under the pointer, top first; these rules decide what that means.
 */
import type { GeoData } from '../geo/schema.ts';

/**
 * The region a pointer at a spot means: the topmost one readers can select. Regions readers
 * cannot select (a separatist-held area inside a region) let the pointer through to the one beneath.
 */
export function regionUnder(hitsTopFirst: readonly string[], geo: GeoData): string | null {
  for (const id of hitsTopFirst) {
    const feature = geo.regions.features.find((f) => f.id === id);
    if (feature?.properties.clickable) return id;
  }
  return null;
}

/** How far (CSS px) outside a small selectable region a tap may land and still mean it (README, "Accessibility"). */
export const TAP_REACH = 20;
/** A region is small on screen when its box is under a thumb's size (44 px) on its longer side. */
export const SMALL_ON_SCREEN = 44;

/**
 * How far a pointer reaches beyond what it is over: a finger or a pen TAP_REACH, a mouse
 * nothing (it is precise, and a click on a country beside a small region means the country). Without
 * a pointer type, as the device's main pointer is coarse or fine.
 */
export function reachOf(pointerType: string | undefined, coarse: () => boolean): number {
  if (pointerType === 'touch' || pointerType === 'pen') return TAP_REACH;
  if (pointerType === 'mouse') return 0;
  return coarse() ? TAP_REACH : 0;
}

/** Whether the device's main pointer is coarse (a finger): asked only of events without a pointer type. */
export const coarsePointer = () => matchMedia('(pointer: coarse)').matches;

/** Where a longitude and latitude are on the renderer's screen, in the pointer's coordinates. */
export type ToScreen = (lon: number, lat: number) => readonly [number, number];

type Point = readonly [number, number];

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The distance from `at` to a region's outline on screen, or 0 inside it. */
export function distanceTo(
  at: Point,
  geometry: GeoData['regions']['features'][number]['geometry'],
  toScreen: ToScreen,
) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let nearest = Number.POSITIVE_INFINITY;
  for (const rings of polygons) {
    let inside = false;
    for (const [r, ring] of rings.entries()) {
      const points = ring.map(([lon, lat]) => toScreen(lon ?? 0, lat ?? 0));
      let crossings = false;
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const a = points[i] as Point;
        const b = points[j] as Point;
        nearest = Math.min(nearest, distanceToSegment(at, a, b));
        if (a[1] > at[1] !== b[1] > at[1] && at[0] < ((b[0] - a[0]) * (at[1] - a[1])) / (b[1] - a[1]) + a[0])
          crossings = !crossings;
      }
      // Inside the outer ring and outside every hole.
      if (r === 0) inside = crossings;
      else if (crossings) inside = false;
    }
    if (inside) return 0;
  }
  return nearest;
}

/**
 * The region a pointer at `at` means, for a finger as much as a mouse: the region under it
 * (`regionUnder`), unless that is not itself small on screen and a small selectable region lies
 * within the pointer's reach (`reachOf`), and then the nearest such. A small breakaway region
 * at the opening view can be a 15 px target inside its country; a tap a few pixels off it
 * means the region, not the country.
 */
export function regionMeant(
  hitsTopFirst: readonly string[],
  geo: GeoData,
  at: Point,
  toScreen: ToScreen,
  pointerReach: number = TAP_REACH,
): string | null {
  const under = regionUnder(hitsTopFirst, geo);
  if (pointerReach <= 0) return under;
  let meant: string | null = null;
  let reach = pointerReach;
  for (const feature of geo.regions.features) {
    if (!feature.properties.clickable) continue;
    const [west, south, east, north] = feature.bbox;
    const [x0, y0] = toScreen(west, north);
    const [x1, y1] = toScreen(east, south);
    if (Math.max(x1 - x0, y1 - y0) >= SMALL_ON_SCREEN) continue;
    if (feature.id === under) return under;
    if (at[0] < x0 - reach || at[0] > x1 + reach || at[1] < y0 - reach || at[1] > y1 + reach) continue;
    const distance = distanceTo(at, feature.geometry, toScreen);
    if (distance < reach) {
      reach = distance;
      meant = feature.id;
    }
  }
  return meant ?? under;
}

export type PointerGesture = 'click' | 'move' | 'leave';

/**
 * What a gesture may ask of whoever owns the map (the store does, app/state): the
 * specification names the actions, and knows nothing of the store that carries them out.
 */
export interface MapActions {
  selectRegion(id: string): void;
  clearSelection(): void;
  hoverRegion(id: string | null): void;
}

/** Every pointer gesture on the map and the action it becomes, given the region under it. */
export const POINTER_ACTIONS: Readonly<
  Record<PointerGesture, (region: string | null, s: MapActions) => void>
> = {
  click: (region, s) => (region ? s.selectRegion(region) : s.clearSelection()),
  move: (region, s) => s.hoverRegion(region),
  leave: (_region, s) => s.hoverRegion(null),
};

/** The name shown beside the pointer over a region, or null. */
export function hoverName(region: string | null, geo: GeoData): string | null {
  return (region && geo.regions.features.find((f) => f.id === region)?.properties.name) || null;
}
