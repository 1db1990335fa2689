/**
 * The detail inset: when a view frames several regions far apart (a passage about a small
 * breakaway region and two areas a country away), the smallest can come out too small to see
 * or to name. Then a
 * box in a corner shows it enlarged, named, with its neighbours around it, as a newspaper map
 * would. Whether, where and what is decided here, from the camera both maps use; the label
 * placement keeps names clear of it.
 */
import type { Bbox, GeoData } from '../geo/schema.ts';
import { cameraForRegions, framedRegions } from './framing.ts';
import type { Box } from './labels.ts';
import { project, unproject } from './mercator.ts';

export const DETAIL = {
  /** A framed region whose box's larger side is under this share of the map's shorter side gets an inset. */
  minShare: 0.12,
  /** The inset's larger side, as a share of the map's shorter side, within these bounds (CSS px). */
  share: 0.34,
  minSide: 88,
  maxSide: 170,
  /** Room around the region inside the inset, as a share of the region's larger side. */
  margin: 0.22,
  /** Distance from the map's edges, and from an inset above it. */
  inset: 8,
  /** Height of the name's line at the inset's foot. */
  nameHeight: 16,
} as const;

export interface Detail {
  /** The region shown enlarged. */
  id: string;
  name: string;
  /** Where the inset sits in the map, in CSS px: [left, top, right, bottom], its name's line included. */
  box: Box;
  /** The area the inset's map shows, in longitude/latitude. */
  area: Bbox;
}

/** The larger side of a region's box at this zoom, in CSS px. */
function sideAt([w, s, e, n]: Bbox, zoom: number): number {
  const [x0, y1] = project(w, s);
  const [x1, y0] = project(e, n);
  return Math.max(x1 - x0, y1 - y0) * 2 ** zoom;
}

/**
 * The inset for these highlighted regions in a map of this size (its foot, `foot` px, covered
 * by controls), placed in the top left corner or under `above` (the locator inset); null when
 * every framed region is big enough to see.
 */
export function detailFor(
  geo: GeoData,
  ids: readonly string[],
  width: number,
  height: number,
  foot = 0,
  above: Box | null = null,
): Detail | null {
  const framed = framedRegions(geo, ids).filter((f) => f.properties.kind !== 'country');
  if (framed.length < 2) return null;
  const { zoom } = cameraForRegions(geo, ids, width, height, foot);
  const shorter = Math.min(width, height);
  const small = framed
    .map((f) => ({ f, side: sideAt(f.bbox, zoom) }))
    .filter(({ side }) => side < shorter * DETAIL.minShare)
    .sort((a, b) => a.side - b.side)[0];
  if (!small) return null;
  const [x0, y1] = project(small.f.bbox[0], small.f.bbox[1]);
  const [x1, y0] = project(small.f.bbox[2], small.f.bbox[3]);
  const room = Math.max(x1 - x0, y1 - y0) * DETAIL.margin;
  const spanX = x1 - x0 + 2 * room;
  const spanY = y1 - y0 + 2 * room;
  const side = Math.min(DETAIL.maxSide, Math.max(DETAIL.minSide, shorter * DETAIL.share));
  // Never narrower than its name needs; the area widened to the inset's shape.
  const mapWidth = Math.max(DETAIL.minSide, Math.round(spanX >= spanY ? side : (side * spanX) / spanY));
  const mapHeight = Math.round(spanX >= spanY ? (side * spanY) / spanX : side);
  const left = DETAIL.inset;
  const top = above ? above[3] + DETAIL.inset : DETAIL.inset;
  // No room left above the covered foot: no inset rather than one over the controls.
  if (top + mapHeight + DETAIL.nameHeight > height - foot - DETAIL.inset) return null;
  const scale = Math.min(mapWidth / spanX, mapHeight / spanY);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const [aw, an] = unproject(cx - mapWidth / 2 / scale, cy - mapHeight / 2 / scale);
  const [ae, as] = unproject(cx + mapWidth / 2 / scale, cy + mapHeight / 2 / scale);
  return {
    id: small.f.id,
    name: small.f.properties.name,
    box: [left, top, left + mapWidth, top + mapHeight + DETAIL.nameHeight],
    area: [aw, as, ae, an],
  };
}
