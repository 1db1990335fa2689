/**
 * Mentions found by the tool against what a careful reader marks (NAME.expected.json beside
 * each article): precision and recall per region over every article we have, the main one
 * and the test articles about Crimea and Donbass.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeStory } from './compose.ts';
import { AUTHORING_DIR, readGazetteer, readRegionIds } from './files.ts';
import { NO_OVERRIDES } from './overrides.ts';

const ARTICLES = ['article', 'crimea-bridge', 'donbass-ceasefire'];
const tally = new Map<string, { tp: number; fp: number; fn: number }>();

function count(region: string, key: 'tp' | 'fp' | 'fn'): void {
  const t = tally.get(region) ?? { tp: 0, fp: 0, fn: 0 };
  t[key] += 1;
  tally.set(region, t);
}

describe.each(ARTICLES)('%s', (name) => {
  const dir = path.join(AUTHORING_DIR, 'articles');
  const expected = JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as {
    passages: Record<string, string[]>;
  };
  const story = composeStory({
    article: fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8'),
    source: `${name}.txt`,
    gazetteer: readGazetteer(),
    // Explicit mentions only: no editor's help.
    overrides: NO_OVERRIDES,
    regionIds: readRegionIds(),
  });

  it('splits into the expected passages', () => {
    expect(story.passages.map((p) => p.id)).toEqual(Object.keys(expected.passages));
  });

  it('finds exactly the mentions a careful reader marks', () => {
    for (const passage of story.passages) {
      const found = passage.mentions.map((m) => `${m.region}:${m.text}`);
      const wanted = [...(expected.passages[passage.id] ?? [])];
      for (const f of found) {
        const at = wanted.indexOf(f);
        if (at >= 0) wanted.splice(at, 1);
        count(f.split(':')[0] ?? '', at >= 0 ? 'tp' : 'fp');
      }
      for (const missed of wanted) count(missed.split(':')[0] ?? '', 'fn');
      expect(found, passage.id).toEqual(expected.passages[passage.id]);
    }
  });
});

afterAll(() => {
  const rows = [...tally].sort().map(([region, { tp, fp, fn }]) => {
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    return `${region.padEnd(14)} ${String(tp).padStart(3)} found  precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}`;
  });
  console.log(`explicit mentions, ${ARTICLES.length} articles:\n${rows.join('\n')}`);
});
