/**
 * What the map frames and how: the opening view, the box around highlighted regions, the
 * room around it and the closest zoom. Both renderers take their camera from `cameraFor`, so
 * they show the same view for any route; the maths is MapLibre's `cameraForBounds` (bearing 0,
 * symmetric padding), which a browser test checks it against.
 */
import type { Bbox, GeoData, RegionFeature } from '../geo/schema.ts';
import { project, unproject } from './mercator.ts';

/** The smallest box holding all the given boxes. */
export function unionBbox(boxes: readonly Bbox[]): Bbox {
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
 * The opening view: every selectable region the article is about (but a country the data
 * leaves out of it, `inOverview: false`, one that would fill the map) and every marked city,
 * so every marked capital is on screen. Derived from the data, never typed in.
 */
export function overviewBbox(geo: GeoData): Bbox {
  const focus = geo.regions.features.filter(
    (f) => f.properties.clickable && f.properties.inOverview !== false,
  );
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

/**
 * What the opening view must keep in view when the map's shape cannot show all of
 * `overviewBbox` (a wide, short embed, held inside the published extent): the selectable
 * regions smaller than a country, the disputed ones the article is about. The cities come
 * second.
 */
export function overviewKeep(geo: GeoData): Bbox {
  const small = geo.regions.features.filter((f) => f.properties.clickable && f.properties.kind !== 'country');
  return unionBbox(small.map((f) => f.bbox));
}

/** Room around the opening view, as a share of the map's smaller side. */
export const OVERVIEW_MARGIN = 0.04;
/** Room around a framed region, as a share of the map's smaller side: the reader sees its neighbours. */
export const REGION_MARGIN = 0.12;
/** The closest either map zooms in when framing (MapLibre zoom levels, 512 px world). */
export const MAX_FIT_ZOOM = 6;

export interface Frame {
  bbox: Bbox;
  /** What stays in view, as far as it fits, when the camera has to move to stay inside the extent. */
  keep?: Bbox;
  /** The published extent: the camera never shows past it. */
  extent: Bbox;
  /** Pixels on every side. */
  padding: number;
  /** Pixels at the foot covered by controls pinned over the map (the story steps): framed above them. */
  foot: number;
  maxZoom: number;
}

/**
 * Which of the regions something concerns the map frames: those smaller than a country, when
 * there are any; the countries only when nothing smaller is concerned (each by its `frame`,
 * the part of it the story is about, where the data gives one). So a passage about a big
 * country's capital and a small region's town frames the small region, with the big country's
 * edge in view around it, not all of the big country.
 */
export function framedRegions(geo: GeoData, ids: readonly string[]): RegionFeature[] {
  const concerned = geo.regions.features.filter((f) => ids.includes(f.id));
  const smaller = concerned.filter((f) => f.properties.kind !== 'country');
  return smaller.length ? smaller : concerned;
}

/**
 * How to frame the highlighted regions (the smallest of them), or the overview when none is
 * known, in a map of this size whose foot (`foot` px) controls cover.
 */
export function frameFor(
  geo: GeoData,
  ids: readonly string[],
  width: number,
  height: number,
  foot = 0,
): Frame {
  const boxes = framedRegions(geo, ids).map((f) => f.properties.frame ?? f.bbox);
  const overview = boxes.length === 0;
  const margin = overview ? OVERVIEW_MARGIN : REGION_MARGIN;
  const bbox = overview ? overviewBbox(geo) : unionBbox(boxes);
  return {
    bbox,
    keep: overview ? overviewKeep(geo) : bbox,
    extent: geo.regions.bbox,
    padding: Math.round(Math.min(width, height - foot) * margin),
    foot,
    maxZoom: MAX_FIT_ZOOM,
  };
}

export interface Camera {
  center: [number, number];
  zoom: number;
}

/**
 * The same camera kept inside `extent`, as MapLibre's maxBounds keeps it: zoomed in until the
 * extent covers the map, then moved until the view lies inside it. When zooming in has cut
 * into `keep`, the view first moves the least that brings `keep` back in with the margin a
 * framed region has, above a covered foot (or centres on it, if it no longer fits), so what
 * matters stays on screen.
 */
export function constrainCamera(
  camera: Camera,
  extent: Bbox,
  width: number,
  height: number,
  keep: Bbox | null = null,
  foot = 0,
): Camera {
  const [w, s, e, n] = extent;
  const [x0, y1] = project(w, s);
  const [x1, y0] = project(e, n);
  const zoom = Math.max(camera.zoom, Math.log2(Math.max(width / (x1 - x0), height / (y1 - y0))));
  const scale = 2 ** zoom;
  const clamp = (v: number, lo: number, hi: number) =>
    lo > hi ? (lo + hi) / 2 : Math.min(Math.max(v, lo), hi);
  const halfW = width / 2 / scale;
  const halfH = height / 2 / scale;
  let [cx, cy] = project(...camera.center);
  if (keep && zoom > camera.zoom) {
    // With room for names around it, as around a framed region.
    const room = (Math.min(width, height) * REGION_MARGIN) / scale;
    const [kx0, ky1] = project(keep[0], keep[1]);
    const [kx1, ky0] = project(keep[2], keep[3]);
    cx = clamp(cx, kx1 + room - halfW, kx0 - room + halfW);
    // Above the covered foot, too.
    cy = clamp(cy, ky1 + room + foot / scale - halfH, ky0 - room + halfH);
  }
  return {
    center: unproject(clamp(cx, x0 + halfW, x1 - halfW), clamp(cy, y0 + halfH, y1 - halfH)),
    zoom,
  };
}

/**
 * The centre and zoom that fit `frame` in a map of this size, as MapLibre's cameraForBounds
 * computes them; with a covered foot, fitted in the part above it.
 */
export function fitFrame(frame: Frame, width: number, height: number): Camera {
  const [w, s, e, n] = frame.bbox;
  const [x0, y1] = project(w, s);
  const [x1, y0] = project(e, n);
  const room = (side: number) => Math.max(side - 2 * frame.padding, 1);
  const scale = Math.min(
    room(width) / Math.max(x1 - x0, 1e-9),
    room(height - frame.foot) / Math.max(y1 - y0, 1e-9),
  );
  const zoom = Math.min(Math.log2(scale), frame.maxZoom);
  return {
    center: unproject((x0 + x1) / 2, (y0 + y1) / 2 + frame.foot / 2 / 2 ** zoom),
    zoom,
  };
}

/** The camera for `frame`: fitted, then kept inside the published extent, as MapLibre's maxBounds keeps it. */
export function cameraFor(frame: Frame, width: number, height: number): Camera {
  return constrainCamera(
    fitFrame(frame, width, height),
    frame.extent,
    width,
    height,
    frame.keep ?? null,
    frame.foot,
  );
}

/**
 * The camera for these highlighted regions in a map of this size, whose foot (`foot` px)
 * controls cover: the one call both renderers make.
 */
export function cameraForRegions(
  geo: GeoData,
  ids: readonly string[],
  width: number,
  height: number,
  foot = 0,
): Camera {
  return cameraFor(frameFor(geo, ids, width, height, foot), width, height);
}
