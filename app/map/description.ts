/** The map in words, from the same data it draws: its accessible name and description. */
import { listed } from '../cartography/legend.ts';
import type { GeoData } from '../geo/schema.ts';

/**
 * The map's accessible name: every region a reader can select, each area after the country it
 * lies within, in the order of the data ("Map of Country A, Area in A, Country B, …").
 */
export function mapLabel(geo: GeoData): string {
  const selectable = geo.regions.features.filter((f) => f.properties.clickable);
  const ids = new Set(selectable.map((f) => f.id));
  const within = (f: (typeof selectable)[number]) => f.properties.within;
  const countries = selectable.filter((f) => !ids.has(within(f) ?? ''));
  const ordered = countries.flatMap((c) => [c, ...selectable.filter((f) => within(f) === c.id)]);
  return `Map of ${listed(ordered.map((f) => f.properties.name))}`;
}

export function describeMap(geo: GeoData): string {
  const seas = geo.places.features
    .filter((p) => p.properties.kind === 'sea')
    .map((p) => `the ${p.properties.name}`);
  const regions = geo.regions.features
    .filter((f) => f.properties.clickable || f.properties.kind !== 'country')
    .map((f) => `${f.properties.name}: ${f.properties.status}.`);
  return [
    ...(seas.length ? [`The map shows the land around ${listed(seas)}.`] : []),
    ...regions,
    'Disputed areas are hatched and outlined with dashes. Select a region with the list of regions to read what the article says about it.',
  ].join(' ');
}
