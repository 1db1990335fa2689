import { describe, expect, it } from 'vitest';
import { readGeo } from '../../geo/published.ts';
import { describeMap, MAP_LABEL } from './description.ts';

describe('the map in words', () => {
  const geo = readGeo();

  it('names every region a reader can select, and every area that is not a country, with its status, and no neighbour', () => {
    const text = describeMap(geo);
    expect(text.startsWith('The map shows the Black Sea region. ')).toBe(true);
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

  it('is named after every region a reader can select', () => {
    for (const f of geo.regions.features.filter((x) => x.properties.clickable))
      expect(MAP_LABEL, f.id).toContain(f.properties.name);
  });
});
