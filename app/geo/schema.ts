/**
 * The shape of the layers in public/data/, checked when the app loads them. The pipeline
 * (geo/) writes them; anything else that lands there is refused with a message.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.minLength(1));
const position = v.strictTuple([v.number(), v.number()]);
const ring = v.pipe(v.array(position), v.minLength(4));
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

const regionKind = v.picklist(['country', 'breakaway', 'annexed', 'region', 'separatist-held']);

export const regionFeature = v.object({
  type: v.literal('Feature'),
  id: nonEmpty,
  bbox: v.strictTuple([v.number(), v.number(), v.number(), v.number()]),
  properties: v.object({
    id: nonEmpty,
    name: nonEmpty,
    kind: regionKind,
    status: v.string(),
    context: v.string(),
    clickable: v.boolean(),
    areaKm2: v.pipe(v.number(), v.minValue(0)),
    label: position,
  }),
  geometry: polygonGeometry,
});

export const regionsCollection = v.object({
  type: v.literal('FeatureCollection'),
  features: v.pipe(v.array(regionFeature), v.minLength(1)),
});

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
