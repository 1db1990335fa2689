/**
 * Pointer rules for both renderers, in one place. Each renderer only finds which regions lie
 * under the pointer, top first; these rules decide what that means.
 */
import type { GeoData } from '../geo/schema.ts';
import type { ExplainerState } from '../state/store.ts';

/**
 * The region a pointer at a spot means: the topmost one readers can select. Regions readers
 * cannot select (the separatist-held area inside Donbass) let the pointer through to the one beneath.
 */
export function regionUnder(hitsTopFirst: readonly string[], geo: GeoData): string | null {
  for (const id of hitsTopFirst) {
    const feature = geo.regions.features.find((f) => f.id === id);
    if (feature?.properties.clickable) return id;
  }
  return null;
}

export type PointerGesture = 'click' | 'move' | 'leave';

/** Every pointer gesture on the map and the store action it becomes, given the region under it. */
export const POINTER_ACTIONS: Readonly<
  Record<PointerGesture, (region: string | null, s: ExplainerState) => void>
> = {
  click: (region, s) => (region ? s.selectRegion(region) : s.clearSelection()),
  move: (region, s) => s.hoverRegion(region),
  leave: (_region, s) => s.hoverRegion(null),
};

/** The name shown beside the pointer over a region, or null. */
export function hoverName(region: string | null, geo: GeoData): string | null {
  return (region && geo.regions.features.find((f) => f.id === region)?.properties.name) || null;
}
