import fs from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { regionsCollection } from '../geo/schema.ts';
import { checkStory } from '../story/schema.ts';
import { against, check, describeProblems, formatPath } from './validate.ts';

describe('formatPath', () => {
  it('writes a path the way a reader of the file would', () => {
    expect(formatPath(['features', 3, 'properties', 'id'])).toBe('features[3].properties.id');
    expect(formatPath([])).toBe('');
  });
});

/** A valid one-region feature: a triangle 0..`east` wide and 0..1 high, with `label` as given. */
function triangle(east: number, label: number[]) {
  return {
    type: 'Feature',
    id: 'x',
    bbox: [0, 0, east, 1],
    properties: {
      id: 'x',
      name: 'X',
      kind: 'country',
      status: '',
      context: '',
      clickable: true,
      areaKm2: 1,
      label,
    },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [east, 0],
          [east, 1],
          [0, 0],
        ],
      ],
    },
  };
}

describe('check', () => {
  it('names where a region file goes wrong and what is wrong', () => {
    const bad = {
      type: 'FeatureCollection',
      bbox: [0, 0, 1, 1],
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
      bbox: [0, 0, 1, 1],
      features: [triangle(1, [0, 0, 5])],
    });
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(formatPath(checked.problems[0]?.path ?? [])).toBe('features[0].properties.label[2]');
  });

  it('refuses a map without its extent, or with a region outside it', () => {
    const region = triangle(2, [0.5, 0.5]);
    const missing = check(regionsCollection, { type: 'FeatureCollection', features: [region] });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(describeProblems(missing.problems)).toBe('at bbox: missing');
    const outside = check(regionsCollection, {
      type: 'FeatureCollection',
      bbox: [0, 0, 1, 1],
      features: [region],
    });
    expect(outside.ok).toBe(false);
    if (!outside.ok)
      expect(describeProblems(outside.problems)).toMatch(
        /^at bbox: every region, and what it frames, lies inside/,
      );
    const inside = check(regionsCollection, {
      type: 'FeatureCollection',
      bbox: [0, 0, 2, 1],
      features: [region],
    });
    expect(inside.ok).toBe(true);
  });

  it('refuses a map without regions', () => {
    const checked = check(regionsCollection, { type: 'FeatureCollection', bbox: [0, 0, 1, 1], features: [] });
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

describe('messages in words', () => {
  const schema = v.object({
    name: v.pipe(v.string(), v.minLength(1)),
    tags: v.pipe(v.array(v.string()), v.minLength(2)),
    code: v.pipe(v.string(), v.minLength(3)),
    count: v.pipe(v.number(), v.integer(), v.minValue(1)),
    list: v.array(v.string()),
    kind: v.picklist(['a', 'b']),
  });
  const good = { name: 'x', tags: ['a', 'b'], code: 'abc', count: 2, list: [], kind: 'a' };
  const say = (input: unknown) => {
    const checked = check(schema, input);
    return checked.ok ? 'ok' : describeProblems(checked.problems, 10);
  };

  it('says what was expected and what was found', () => {
    expect(say(good)).toBe('ok');
    expect(say({ ...good, name: '' })).toBe('at name: must not be empty');
    expect(say({ ...good, tags: ['a'] })).toBe('at tags: expected at least 2 items, found 1');
    expect(say({ ...good, code: 'ab' })).toBe('at code: expected at least 3 characters, found 2');
    expect(say({ ...good, count: 0 })).toBe('at count: expected at least 1, found 0');
    expect(say({ ...good, count: 1.5 })).toBe('at count: expected a whole number, found 1.5');
    expect(say({ ...good, list: 'x' })).toBe('at list: expected a list, found "x"');
    expect(say('x')).toBe('expected an object, found "x"');
    expect(say({ ...good, count: undefined })).toBe('at count: expected number, found nothing');
    expect(say({ ...good, kind: 'c' })).toBe('at kind: expected ("a" | "b"), found "c"');
  });

  it('keeps a schema’s own message, and counts what it leaves out', () => {
    const named = v.pipe(v.string(), v.regex(/^a$/, 'must be "a"'));
    const checked = check(named, 'b');
    expect(checked.ok ? '' : describeProblems(checked.problems)).toBe('must be "a"');
    const many = [1, 2, 3, 4, 5].map((i) => ({ path: ['x', i], message: 'bad' }));
    expect(describeProblems(many, 2)).toBe('at x[1]: bad; at x[2]: bad (and 3 more)');
    expect(describeProblems(many, 5)).toBe(
      'at x[1]: bad; at x[2]: bad; at x[3]: bad; at x[4]: bad; at x[5]: bad',
    );
  });

  it('validates through against()', () => {
    expect(against(v.number())(3)).toEqual({ ok: true, value: 3 });
    expect(against(v.number())('3').ok).toBe(false);
  });
});

describe('messages from custom checks', () => {
  it('keep the check’s own wording when it expects nothing in particular', () => {
    const checked = check(
      v.pipe(
        v.number(),
        v.check((n) => n > 5),
      ),
      1,
    );
    expect(checked.ok ? '' : describeProblems(checked.problems)).toBe('Invalid input: Received 1');
  });
});
