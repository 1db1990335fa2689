/**
 * A point of view applied to the map's data: each disputed area takes the view's name,
 * status and drawing in force on the chosen date. Both renderers, the legend, the list, the
 * panel and the static image read the result, so they cannot disagree about whose map it is.
 */
import type { GeoData, RegionFeature } from '../geo/schema.ts';
import type { View, ViewEntry, ViewsData } from './schema.ts';

export const DEFAULT_VIEW = 'explainer';

/** The entry in force on `date` (YYYY-MM-DD): the last one from on or before it, or none yet. */
export function entryOn(entries: readonly ViewEntry[], date: string): ViewEntry | null {
  // ISO dates compare as strings; a shorter one ("2019-08") holds from the start of its period.
  let found: ViewEntry | null = null;
  for (const entry of entries) if (entry.from <= date) found = entry;
  return found;
}

/** What the view draws on `date`, in one sentence: the summary in force then (the first before any). */
export function summaryOn(view: View, date: string): string {
  let found = view.summary[0]?.text ?? '';
  for (const entry of view.summary) if (entry.from <= date) found = entry.text;
  return found;
}

export function viewById(data: ViewsData, id: string | null): View {
  const found = data.views.find((x) => x.id === (id ?? DEFAULT_VIEW)) ?? data.views[0];
  if (!found) throw new Error('views.json has no views');
  return found;
}

function viewed(feature: RegionFeature, entry: ViewEntry | null): RegionFeature {
  if (!entry) return feature;
  return {
    ...feature,
    properties: {
      ...feature.properties,
      name: entry.name,
      status: entry.status,
      drawnAs: entry.drawn,
      partOf: entry.of,
      term: entry.term,
      source: entry.source,
    },
  };
}

/**
 * The map's data as `view` draws it on `date`; the geometry is shared, not copied. The
 * explainer's own view is the published data itself (its entries in views.json describe it,
 * and a test holds the two together), so an edit to the regions shows without a second one.
 */
export function viewedGeo(geo: GeoData, view: View, date: string): GeoData {
  if (view.id === DEFAULT_VIEW) return geo;
  const features = geo.regions.features.map((f) => {
    const entries = view.regions[f.id];
    return entries ? viewed(f, entryOn(entries, date)) : f;
  });
  return { ...geo, regions: { ...geo.regions, features } };
}

/** Every act the view rests on for this map, once each, in the order the regions list them. */
export function sourcesOf(geo: GeoData): { title: string; url?: string }[] {
  const seen = new Map<string, { title: string; url?: string }>();
  for (const f of geo.regions.features) {
    const source = f.properties.source;
    if (source && !seen.has(source.title)) seen.set(source.title, source);
  }
  return [...seen.values()];
}
