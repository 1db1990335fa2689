/**
 * The shape of the layers in public/data/, checked when the app loads them. The pipeline
 * (geo/) writes them; anything else that lands there is refused with a message.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.minLength(1));
const longitude = v.pipe(
  v.number(),
  v.finite('expected a finite longitude'),
  v.minValue(-180, 'a longitude is between -180 and 180'),
  v.maxValue(180, 'a longitude is between -180 and 180'),
);
const latitude = v.pipe(
  v.number(),
  v.finite('expected a finite latitude'),
  v.minValue(-90, 'a latitude is between -90 and 90'),
  v.maxValue(90, 'a latitude is between -90 and 90'),
);
/** [longitude, latitude], in range (JSON's 1e400 reads as Infinity, which MapLibre refuses). */
const position = v.strictTuple([longitude, latitude]);
const ring = v.pipe(
  v.array(position),
  v.minLength(4),
  // Reached only with four positions or more: a pipe stops at its first failed check (data/validate.ts).
  v.check((r) => String(r[0]) === String(r.at(-1)), 'a ring must end where it starts'),
);
const polygonGeometry = v.variant('type', [
  v.object({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(ring), v.minLength(1)) }),
  v.object({
    type: v.literal('MultiPolygon'),
    coordinates: v.pipe(v.array(v.pipe(v.array(ring), v.minLength(1))), v.minLength(1)),
  }),
]);
const lineGeometry = v.variant('type', [
  v.object({ type: v.literal('LineString'), coordinates: v.pipe(v.array(position), v.minLength(2)) }),
  v.object({
    type: v.literal('MultiLineString'),
    coordinates: v.array(v.pipe(v.array(position), v.minLength(2))),
  }),
]);

const regionKind = v.picklist([
  'country',
  'breakaway',
  'annexed',
  'region',
  'separatist-held',
  'subdivision',
]);

type Position = [number, number];
type Box = readonly [west: number, south: number, east: number, north: number];

/**
 * Whether every position of a polygon lies inside the box (to a millionth of a degree). Run
 * only on a feature that passed its own checks: the box is in order.
 */
function holds([w, s, e, n]: Box, polygons: Position[][][]): boolean {
  const slack = 1e-6;
  return polygons.every((rings) =>
    rings.every((r) =>
      r.every(([x, y]) => x >= w - slack && x <= e + slack && y >= s - slack && y <= n + slack),
    ),
  );
}

const box = v.pipe(
  v.strictTuple([longitude, latitude, longitude, latitude]),
  v.check(
    ([w, s, e, n]) => w <= e && s <= n,
    'a bbox is [west, south, east, north], west ≤ east and south ≤ north',
  ),
);

/** The palette keys a country the story is about may be filled with. */
export const STATE_COLOURS = ['state1', 'state2', 'state3'] as const;

const regionShape = v.object({
  type: v.literal('Feature'),
  id: nonEmpty,
  bbox: box,
  properties: v.object({
    id: nonEmpty,
    name: nonEmpty,
    kind: regionKind,
    status: v.string(),
    context: v.string(),
    clickable: v.boolean(),
    areaKm2: v.pipe(v.number(), v.minValue(0)),
    label: position,
    /** What to frame when the region is chosen, if not its whole box (Russia: the part the story is about). */
    frame: v.optional(box),
    /** For a line that moves (who holds what): the year its source drew it. */
    asOf: v.optional(
      v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')),
    ),
    /**
     * The country the area lies in by the recognised border: a subdivision is drawn as that
     * country's, with no line of its own; a disputed area's hatch and a region's fill lie on
     * that country's colour.
     */
    within: v.optional(nonEmpty),
    /** A country the story is about: its fill's palette key (any other country is a neighbour). */
    colour: v.optional(v.picklist(STATE_COLOURS)),
    /** False for a country left out of the opening view's frame (it would fill the map). */
    inOverview: v.optional(v.boolean()),
    /** Its line in the legend, and its short words in the compact key (disputed areas). */
    legend: v.optional(nonEmpty),
    key: v.optional(nonEmpty),
    /**
     * Set by a point of view (app/views/), never published: drawn as part of the state in
     * `partOf`, as a state of its own, or as disputed (its kind's hatch: the default).
     */
    drawnAs: v.optional(v.picklist(['part-of', 'state', 'disputed'])),
    partOf: v.optional(nonEmpty),
    /** The view's words for this status (the legend's), and the act it rests on. */
    term: v.optional(nonEmpty),
    source: v.optional(v.object({ title: nonEmpty, url: v.optional(v.string()) })),
  }),
  geometry: polygonGeometry,
});

export const regionFeature = v.pipe(
  regionShape,
  v.forward(
    v.check(
      (f) => holds(f.bbox, f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates),
      'the bbox does not hold the geometry',
    ),
    ['bbox'],
  ),
);

/** Whether the inner box lies inside the outer one. */
const inside = (outer: Box, inner: Box) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/**
 * The regions, and in `bbox` the published extent: the box every layer is drawn to. The
 * maps never show anything outside it, so no reader sees where the data stops.
 */
export const regionsCollection = v.pipe(
  v.object({
    type: v.literal('FeatureCollection'),
    bbox: box,
    features: v.pipe(v.array(regionFeature), v.minLength(1)),
  }),
  v.forward(
    v.check(
      (c) =>
        c.features.every(
          (f) => inside(c.bbox, f.bbox) && (!f.properties.frame || inside(c.bbox, f.properties.frame)),
        ),
      'every region, and what it frames, lies inside the published extent (the collection bbox)',
    ),
    ['bbox'],
  ),
);

export const bordersCollection = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(
    v.object({ type: v.literal('Feature'), properties: v.looseObject({}), geometry: lineGeometry }),
  ),
});

const placeFeature = v.object({
  type: v.literal('Feature'),
  id: nonEmpty,
  properties: v.object({
    id: nonEmpty,
    name: nonEmpty,
    kind: v.picklist(['city', 'sea']),
    /** A capital: named before other cities where names compete for room. */
    capital: v.optional(v.literal(true)),
  }),
  geometry: v.object({ type: v.literal('Point'), coordinates: position }),
});

export const placesCollection = v.object({
  type: v.literal('FeatureCollection'),
  features: v.array(placeFeature),
});

export type RegionKind = v.InferOutput<typeof regionKind>;
export type RegionFeature = v.InferOutput<typeof regionFeature>;
export type Regions = v.InferOutput<typeof regionsCollection>;
export type Borders = v.InferOutput<typeof bordersCollection>;
export type Places = v.InferOutput<typeof placesCollection>;
export type Bbox = RegionFeature['bbox'];

export interface GeoData {
  regions: Regions;
  borders: Borders;
  places: Places;
}
