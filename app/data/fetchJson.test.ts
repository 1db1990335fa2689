import { describe, expect, it } from 'vitest';
import { regionsCollection } from '../geo/schema.ts';
import { describeIssues, formatPath } from './fetchJson.ts';

describe('formatPath', () => {
  it('writes a zod path the way a reader of the file would', () => {
    expect(formatPath(['features', 3, 'properties', 'id'])).toBe('features[3].properties.id');
    expect(formatPath([])).toBe('');
  });
});

describe('describeIssues', () => {
  it('names where a region file goes wrong and what is wrong', () => {
    const bad = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'x', bbox: [0, 0, 1, 1], properties: { id: 'x' }, geometry: null }],
    };
    const result = regionsCollection.safeParse(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    const message = describeIssues(result.error);
    expect(message).toMatch(/^at features\[0\]\.properties\.name: /);
    expect(message).toMatch(/and \d+ more\)$/);
  });
});
