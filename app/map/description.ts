/** The map in words, from the same data it draws: its accessible name and description. */
import type { GeoData } from '../geo/schema.ts';

export const MAP_LABEL = 'Map of Georgia, South Ossetia, Abkhazia, Ukraine, Crimea, Donbass and Russia';

export function describeMap(geo: GeoData): string {
  const regions = geo.regions.features
    .filter((f) => f.properties.clickable || f.properties.kind !== 'country')
    .map((f) => `${f.properties.name}: ${f.properties.status}.`);
  return [
    'The map shows the Black Sea region.',
    ...regions,
    'Disputed areas are hatched and outlined with dashes. Select a region with the list of regions to read what the article says about it.',
  ].join(' ');
}
