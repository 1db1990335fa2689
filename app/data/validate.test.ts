import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionsCollection } from '../geo/schema.ts';
import { checkStory } from '../story/schema.ts';
import { check, describeProblems, formatPath } from './validate.ts';

describe('formatPath', () => {
  it('writes a path the way a reader of the file would', () => {
    expect(formatPath(['features', 3, 'properties', 'id'])).toBe('features[3].properties.id');
    expect(formatPath([])).toBe('');
  });
});

describe('check', () => {
  it('names where a region file goes wrong and what is wrong', () => {
    const bad = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'x', bbox: [0, 0, 1, 1], properties: { id: 'x' }, geometry: null }],
    };
    const checked = check(regionsCollection, bad);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const message = describeProblems(checked.problems);
    expect(message).toMatch(/^at features\[0\]\.properties\.name: missing; /);
    expect(message).toMatch(/and \d+ more\)$/);
  });

  it('refuses a position with a third number rather than dropping it', () => {
    const checked = check(regionsCollection, {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'x',
          bbox: [0, 0, 1, 1],
          properties: {
            id: 'x',
            name: 'X',
            kind: 'country',
            status: '',
            context: '',
            clickable: true,
            areaKm2: 1,
            label: [0, 0, 5],
          },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 0],
              ],
            ],
          },
        },
      ],
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(formatPath(checked.problems[0]?.path ?? [])).toBe('features[0].properties.label[2]');
  });

  it('refuses a map without regions', () => {
    const checked = check(regionsCollection, { type: 'FeatureCollection', features: [] });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(describeProblems(checked.problems)).toMatch(/^at features: expected at least 1 items, found 0$/);
  });

  it('returns the published regions, typed, when they fit', () => {
    const checked = check(
      regionsCollection,
      JSON.parse(fs.readFileSync('public/data/regions.geojson', 'utf8')),
    );
    expect(checked.ok && checked.value.features.map((f) => f.id)).toContain('south-ossetia');
  });
});

describe('problem messages', () => {
  it('say what was expected and what was found, in words', () => {
    const checked = check(regionsCollection, null);
    expect(!checked.ok && describeProblems(checked.problems)).toBe('expected an object, found null');
    const story = checkStory(
      {
        version: 1,
        title: '',
        source: 's.txt',
        passages: [
          { id: 'p0', text: 'Crimea', mentions: [{ region: 'crimea', start: 0.5, end: 6, text: 'Crimea' }] },
        ],
        events: 'none',
      },
      null,
    );
    expect(!story.ok && describeProblems(story.problems)).toBe(
      'at title: must not be empty; at passages[0].mentions[0].start: expected a whole number, found 0.5; at events: expected a list, found "none"',
    );
  });
});
