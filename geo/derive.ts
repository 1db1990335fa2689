/**
 * Turns the sources into the regions as this product draws them (docs/design.md, "Regions and
 * how they are drawn"), before any simplification. Every choice about a contested border is
 * made here, explicitly.
 */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { COUNTRY_IDS, EXTENT, SNAP_KM } from './config.ts';
import { type Area, GeoSourceError, type Sources } from './sources.ts';

const km2 = (f: Area) => turf.area(f) / 1e6;

function intersect(a: Area, b: Area): Area | null {
  return turf.intersect(turf.featureCollection([a, b]));
}
function difference(a: Area, b: Area): Area | null {
  return turf.difference(turf.featureCollection([a, b]));
}
function union(...areas: Area[]): Area {
  const result = turf.union(turf.featureCollection(areas));
  if (!result) throw new Error('union of non-empty areas came out empty');
  return result;
}
function required(area: Area | null, what: string): Area {
  if (!area) throw new Error(`${what} came out empty`);
  return area;
}

/**
 * Fits a sub-national polygon from one source into a country from another. Where the polygon
 * stops short of the country's border (the sources were digitised separately), the gap up to
 * `SNAP_KM` wide is filled, so the region meets its neighbour across the border with no
 * sliver; where it overshoots the border it is cut back. Its inner edges stay as the source
 * drew them.
 */
function fitInto(part: Area, country: Area, snapKm = SNAP_KM): Area {
  const grown = required(turf.buffer(part, snapKm, { units: 'kilometers' }) as Area, 'buffer');
  const core = turf.buffer(country, -snapKm, { units: 'kilometers' }) as Area | undefined;
  const borderBand = core ? difference(grown, core) : grown;
  const reach = borderBand ? union(part, borderBand) : part;
  return required(intersect(reach, country), 'fitted region');
}

function polygonsOf(area: Area): Feature<Polygon>[] {
  const geometry = area.geometry;
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return rings.map((coordinates) => turf.polygon(coordinates));
}

/**
 * world-atlas draws Crimea as part of Russia's multipolygon. Split those parts out (the ones
 * lying mostly inside Natural Earth's Crimea polygon), so Crimea and the mainland border
 * with Ukraine keep world-atlas's exact shared vertices.
 */
function splitCrimea(russia: Area, crimeaReference: Area): { russia: Area; crimea: Area } {
  const inCrimea: Feature<Polygon>[] = [];
  const rest: Feature<Polygon>[] = [];
  for (const part of polygonsOf(russia)) {
    const overlap = intersect(part, crimeaReference);
    (overlap && km2(overlap) > 0.5 * km2(part) ? inCrimea : rest).push(part);
  }
  if (inCrimea.length === 0) throw new Error('no part of the Russia polygon lies in Crimea');
  const merge = (parts: Feature<Polygon>[]): Area =>
    parts.length === 1 && parts[0]
      ? parts[0]
      : (turf.multiPolygon(parts.map((p) => p.geometry.coordinates)) as Feature<MultiPolygon>);
  return { russia: merge(rest), crimea: merge(inCrimea) };
}

export type Derived = Map<string, Area>;

/** The regions by id, unclipped and unsimplified, plus neighbours by `country:<name>`. */
export function deriveRegions(sources: Sources): Derived {
  const byName = new Map(sources.countries.map((c) => [String(c.properties?.name), c]));
  const country = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new GeoSourceError('world-atlas/countries-10m.json', `no country "${name}"`);
    return found;
  };

  const { russia, crimea } = splitCrimea(country('Russia'), sources.disputed.crimea);
  const ukraineMainland = country('Ukraine');
  const ukraine = union(ukraineMainland, crimea);
  const georgia = country('Georgia');
  const donbass = fitInto(union(sources.oblasts.donetsk, sources.oblasts.luhansk), ukraineMainland);
  const separatistHeld = required(
    intersect(fitInto(sources.disputed.separatistHeld, ukraineMainland), donbass),
    'separatist-held Donbass',
  );

  const derived: Derived = new Map<string, Area>([
    ['russia', russia],
    ['ukraine', ukraine],
    ['georgia', georgia],
    ['donbass', donbass],
    ['donbass-separatist-held', separatistHeld],
    // Claimed by Russia since October 2022 (its points of view, app/views/): Ukraine's on its own map.
    ['zaporizhzhia', fitInto(sources.oblasts.zaporizhzhia, ukraineMainland)],
    ['kherson', fitInto(sources.oblasts.kherson, ukraineMainland)],
    ['crimea', crimea],
    ['abkhazia', fitInto(sources.disputed.abkhazia, georgia)],
    ['south-ossetia', fitInto(sources.disputed.southOssetia, georgia)],
  ]);

  const extent = turf.bboxPolygon(EXTENT);
  for (const c of sources.countries) {
    const name = String(c.properties?.name);
    if (name in COUNTRY_IDS || !turf.booleanIntersects(c, extent)) continue;
    derived.set(`country:${name}`, c);
  }
  return derived;
}
