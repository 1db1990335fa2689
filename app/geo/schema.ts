/**
 * The shape of the layers in public/data/, checked when the app loads them. The pipeline
 * (geo/) writes them; anything else that lands there is refused with a message.
 */
import * as z from 'zod/mini';

const position = z.tuple([z.number(), z.number()]);
const ring = z.array(position).check(z.minLength(4));
const polygonGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
  z.object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
  }),
]);
const lineGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).check(z.minLength(2)) }),
  z.object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(position).check(z.minLength(2))),
  }),
]);

export const regionKind = z.enum(['country', 'breakaway', 'annexed', 'region', 'separatist-held']);

export const regionFeature = z.object({
  type: z.literal('Feature'),
  id: z.string().check(z.minLength(1)),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  properties: z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    kind: regionKind,
    status: z.string(),
    context: z.string(),
    clickable: z.boolean(),
    areaKm2: z.number().check(z.nonnegative()),
    label: position,
  }),
  geometry: polygonGeometry,
});

export const regionsCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(regionFeature).check(z.minLength(1)),
});

export const bordersCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({ type: z.literal('Feature'), properties: z.looseObject({}), geometry: lineGeometry }),
  ),
});

export const placeFeature = z.object({
  type: z.literal('Feature'),
  id: z.string().check(z.minLength(1)),
  properties: z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string().check(z.minLength(1)),
    kind: z.enum(['city', 'sea']),
  }),
  geometry: z.object({ type: z.literal('Point'), coordinates: position }),
});

export const placesCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(placeFeature),
});

export type RegionFeature = z.infer<typeof regionFeature>;
export type Regions = z.infer<typeof regionsCollection>;
export type Borders = z.infer<typeof bordersCollection>;
export type Places = z.infer<typeof placesCollection>;
export type Bbox = RegionFeature['bbox'];

export interface GeoData {
  regions: Regions;
  borders: Borders;
  places: Places;
}
