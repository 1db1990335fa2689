import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, describeProblems } from '../data/validate.ts';
import { regionsCollection } from './schema.ts';

/** The published regions, read as the app reads them, with one edit written into the JSON text. */
function regionsWith(
  edit: (crimea: Record<string, unknown> & { properties: Record<string, unknown> }) => void,
  raw?: (json: string) => string,
) {
  const collection = JSON.parse(fs.readFileSync('public/data/regions.geojson', 'utf8'));
  const crimea = collection.features.find((f: { id: string }) => f.id === 'crimea');
  edit(crimea);
  const json = JSON.stringify(collection);
  return JSON.parse(raw ? raw(json) : json);
}

function problems(input: unknown): string {
  const checked = check(regionsCollection, input);
  return checked.ok ? '' : describeProblems(checked.problems, 3);
}

const crimeaIndex = JSON.parse(fs.readFileSync('public/data/regions.geojson', 'utf8')).features.findIndex(
  (f: { id: string }) => f.id === 'crimea',
);
const at = (path: string) => `at features[${crimeaIndex}].${path}`;

describe('coordinates in the map layers', () => {
  it('accepts the published regions', () => {
    expect(problems(regionsWith(() => {}))).toBe('');
  });

  it('refuses a label beyond the poles, naming where', () => {
    const input = regionsWith((f) => {
      f.properties.label = [34, 1000];
    });
    expect(problems(input)).toBe(`${at('properties.label[1]')}: a latitude is between -90 and 90`);
  });

  it('refuses a longitude beyond ±180', () => {
    const input = regionsWith((f) => {
      f.properties.label = [-181, 45];
    });
    expect(problems(input)).toBe(`${at('properties.label[0]')}: a longitude is between -180 and 180`);
  });

  it('refuses Infinity in a ring (1e400 in the file) and NaN', () => {
    const input = regionsWith(
      (f) => {
        const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0] ?? [];
        ring[1] = [123456789, ring[1]?.[1] ?? 0];
      },
      (json) => json.replace('123456789', '1e400'),
    );
    expect(problems(input)).toBe(`${at('geometry.coordinates[0][1][0]')}: expected a finite longitude`);
    const nan = regionsWith((f) => {
      f.properties.label = [Number.NaN, 45];
    });
    // JSON has no NaN: it arrives as null, a wrong type.
    expect(problems(nan)).toMatch(/properties\.label\[0\]: expected number, found null/);
    const direct = regionsWith(() => {});
    direct.features[crimeaIndex].properties.label = [Number.NaN, 45];
    expect(problems(direct)).toBe(`${at('properties.label[0]')}: expected number, found NaN`);
  });

  it('refuses a ring that does not end where it starts', () => {
    const input = regionsWith((f) => {
      const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0] ?? [];
      const [x = 0, y = 0] = ring[0] ?? [];
      ring[ring.length - 1] = [x + 0.01, y];
    });
    expect(problems(input)).toBe(`${at('geometry.coordinates[0]')}: a ring must end where it starts`);
  });

  it('refuses a bbox beyond ±90, reversed, or not holding the geometry', () => {
    const beyond = regionsWith((f) => {
      f.bbox = [32, 44, 37, 95];
    });
    expect(problems(beyond)).toBe(`${at('bbox[3]')}: a latitude is between -90 and 90`);
    const reversed = regionsWith((f) => {
      f.bbox = [37, 44, 32, 46];
    });
    expect(problems(reversed)).toBe(
      `${at('bbox')}: a bbox is [west, south, east, north], west ≤ east and south ≤ north`,
    );
    const small = regionsWith((f) => {
      f.bbox = [33, 44.5, 34, 45];
    });
    expect(problems(small)).toBe(`${at('bbox')}: the bbox does not hold the geometry`);
  });
});
