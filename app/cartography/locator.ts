/**
 * The locator inset, as a newspaper locator map draws it: whenever the map is zoomed in past
 * its opening view, a small map of the opening's area in a corner, with the part the big map
 * shows drawn on it as a box. One rule for every renderer and the static image: whether it
 * shows, where, how big and what it frames are computed here from the same camera the maps
 * use (`cameraForRegions`); the label placement keeps names clear of it.
 */
import type { Bbox, GeoData } from '../geo/schema.ts';
import { cameraForRegions, overviewBbox } from './framing.ts';
import type { Box } from './labels.ts';
import { project, unproject } from './mercator.ts';

export const LOCATOR = {
  /** Width as a share of the map's width, within these bounds (CSS px). */
  share: 0.22,
  minWidth: 72,
  maxWidth: 120,
  /** Distance from the map's edges. */
  inset: 8,
  /** Shown once the map is this many zoom levels (doublings) past its opening view. */
  zoomedIn: 1,
  /** Room around the opening's area inside the inset, as a share of its width. */
  margin: 0.08,
  /** A map narrower than this has no room for it. */
  minMapWidth: 260,
} as const;

export interface Locator {
  /** Where the inset sits in the map, in CSS px: [left, top, right, bottom]. */
  box: Box;
  /** The area the inset shows, in longitude/latitude. */
  area: Bbox;
  /** The part of it the big map shows, in longitude/latitude. */
  frame: Bbox;
}

/** The bounds a camera shows in a map of this size, in longitude/latitude. */
function boundsOf(camera: { center: [number, number]; zoom: number }, width: number, height: number): Bbox {
  const [cx, cy] = project(...camera.center);
  const scale = 2 ** camera.zoom;
  const [w, n] = unproject(cx - width / 2 / scale, cy - height / 2 / scale);
  const [e, s] = unproject(cx + width / 2 / scale, cy + height / 2 / scale);
  return [w, s, e, n];
}

/**
 * The inset for these highlighted regions in a map of this size (its foot, `foot` px, covered
 * by controls), or null when the map shows
 * its opening (or near it) or is too small to spare a corner. It sits in the top left corner.
 */
export function locatorFor(
  geo: GeoData,
  ids: readonly string[],
  width: number,
  height: number,
  foot = 0,
): Locator | null {
  if (ids.length === 0 || width < LOCATOR.minMapWidth) return null;
  const opening = cameraForRegions(geo, [], width, height, foot);
  const camera = cameraForRegions(geo, ids, width, height, foot);
  if (camera.zoom - opening.zoom < LOCATOR.zoomedIn) return null;
  const [w, s, e, n] = overviewBbox(geo);
  const [x0, y1] = project(w, s);
  const [x1, y0] = project(e, n);
  const room = (x1 - x0) * LOCATOR.margin;
  const [aw, an] = unproject(x0 - room, y0 - room);
  const [ae, as] = unproject(x1 + room, y1 + room);
  const boxWidth = Math.round(Math.min(LOCATOR.maxWidth, Math.max(LOCATOR.minWidth, width * LOCATOR.share)));
  const boxHeight = Math.round((boxWidth * (y1 - y0 + 2 * room)) / (x1 - x0 + 2 * room));
  const { inset } = LOCATOR;
  return {
    box: [inset, inset, inset + boxWidth, inset + boxHeight],
    area: [aw, as, ae, an],
    frame: boundsOf(camera, width, height),
  };
}
