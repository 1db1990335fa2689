import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { listed } from '../cartography/legend.ts';
import type { GeoData } from '../geo/schema.ts';
import { describeMap, mapLabel } from './description.ts';

const geo = readGeo();

/** The published data with its regions and places replaced: the words follow whatever the data holds. */
function withData(
  regions: {
    id: string;
    name: string;
    clickable?: boolean;
    kind?: string;
    within?: string;
    status?: string;
  }[],
  seas: string[] = [],
): GeoData {
  return {
    ...geo,
    regions: {
      ...geo.regions,
      features: regions.map(
        ({ id, name, clickable = true, kind = 'country', within, status = 'A state' }) => ({
          type: 'Feature',
          id,
          bbox: [0, 0, 1, 1],
          properties: { name, clickable, kind, within, status },
          geometry: { type: 'Point', coordinates: [0, 0] },
        }),
      ),
    } as unknown as GeoData['regions'],
    places: {
      ...geo.places,
      features: seas.map((name, i) => ({
        type: 'Feature',
        id: `sea-${i}`,
        properties: { name, kind: 'sea' },
        geometry: { type: 'Point', coordinates: [0, 0] },
      })),
    } as unknown as GeoData['places'],
  };
}

describe('the map in words', () => {
  it('names every region a reader can select, and every area that is not a country, with its status, and no neighbour', () => {
    const text = describeMap(geo);
    expect(
      text.startsWith('The map shows the land around the Black Sea, the Sea of Azov and the Caspian Sea. '),
    ).toBe(true);
    expect(
      text.endsWith(' Select a region with the list of regions to read what the article says about it.'),
    ).toBe(true);
    expect(text).toContain('Disputed areas are hatched and outlined with dashes.');
    for (const f of geo.regions.features) {
      const line = `${f.properties.name}: ${f.properties.status}.`;
      if (f.properties.clickable || f.properties.kind !== 'country') expect(text, f.id).toContain(line);
      else expect(text, f.id).not.toContain(`${f.properties.name}:`);
    }
  });

  it('says which seas the land lies around only when the data has seas', () => {
    const inland = describeMap(withData([{ id: 'a', name: 'Alpha' }]));
    expect(inland).toBe(
      'Alpha: A state. Disputed areas are hatched and outlined with dashes. Select a region with the list of regions to read what the article says about it.',
    );
    expect(describeMap(withData([{ id: 'a', name: 'Alpha' }], ['North Sea']))).toMatch(
      /^The map shows the land around the North Sea\. Alpha: A state\./,
    );
  });

  it('is named after every region a reader can select, each area after its country', () => {
    expect(mapLabel(geo)).toBe(
      'Map of Russia, Ukraine, Donbass, Crimea, Georgia, Abkhazia and South Ossetia',
    );
    for (const f of geo.regions.features.filter((x) => x.properties.clickable))
      expect(mapLabel(geo), f.id).toContain(f.properties.name);
  });

  it('is named from the data it is given, whatever it holds', () => {
    const made = withData([
      { id: 'b', name: 'Beta', kind: 'breakaway', within: 'a' },
      { id: 'a', name: 'Alpha' },
      { id: 'n', name: 'Neighbour', clickable: false },
      { id: 'c', name: 'Gamma' },
      { id: 'd', name: 'Delta', kind: 'breakaway', within: 'n' },
    ]);
    expect(mapLabel(made)).toBe('Map of Alpha, Beta, Gamma and Delta');
    expect(mapLabel(withData([{ id: 'a', name: 'Alpha' }]))).toBe('Map of Alpha');
  });

  it('lists things as a sentence does', () => {
    expect(listed([])).toBe('');
    expect(listed(['a'])).toBe('a');
    expect(listed(['a', 'b'])).toBe('a and b');
    expect(listed(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
