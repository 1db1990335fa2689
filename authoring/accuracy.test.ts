/**
 * Mentions found by the tool against what a careful reader marks (NAME.expected.json beside
 * each article), with no editor's help: exactly, on the tuning articles the rules were written
 * against; above the thresholds, per region and overall, on the test set of real articles by
 * other outlets (read where it is kept; skipped, and said so, where it is not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatScore, markedArticles, readExpected, storyOf, TESTSET_DIR, TUNING_DIR } from './accuracy.ts';
import { splitArticle } from './passages.ts';
import { emptyScore, overall, precision, recall, scoreArticle } from './score.ts';

/** The thresholds issue 29 sets: overall and per region, at mention and at paragraph level. */
const OVERALL = 0.95;
const PER_REGION = 0.9;
const PARAGRAPHS = 0.97;

describe.each(markedArticles(TUNING_DIR))('tuning article %s', (name) => {
  const expected = readExpected(TUNING_DIR, name);
  const story = storyOf(TUNING_DIR, name);

  it('splits into the expected passages', () => {
    expect(story.passages.map((p) => p.id)).toEqual(Object.keys(expected.passages));
  });

  it('finds exactly the mentions a careful reader marks', () => {
    for (const passage of story.passages) {
      const found = passage.mentions.map((m) => `${m.region}:${m.text}`);
      expect(found, passage.id).toEqual(expected.passages[passage.id]);
    }
  });
});

const testArticles = markedArticles(TESTSET_DIR);

describe('the test set', () => {
  if (testArticles.length === 0) {
    it.skip(`is not here (looked in ${TESTSET_DIR}; set TESTSET_DIR): not scored`, () => {});
    return;
  }
  const score = emptyScore();
  for (const name of testArticles) {
    scoreArticle(name, storyOf(TESTSET_DIR, name), readExpected(TESTSET_DIR, name), score);
  }
  afterAll(() => console.log(formatScore('Test set', TESTSET_DIR, score)));

  it.each(testArticles)('%s splits into the marked paragraphs', (name) => {
    const expected = readExpected(TESTSET_DIR, name);
    expect(storyOf(TESTSET_DIR, name).passages.map((p) => p.id)).toEqual(Object.keys(expected.passages));
  });

  it.each(testArticles)(
    '%s drops no line, and splits the same when pasted with single line breaks',
    (name) => {
      const text = fs.readFileSync(path.join(TESTSET_DIR, `${name}.txt`), 'utf8');
      const asWritten = splitArticle(text);
      const pasted = splitArticle(text.replace(/\n\s*\n/g, '\n'));
      expect(asWritten.dropped).toEqual([]);
      expect(pasted.dropped).toEqual([]);
      expect(pasted.passages).toEqual(asWritten.passages);
    },
  );

  it(`finds mentions with precision and recall of at least ${OVERALL} overall`, () => {
    const all = overall(score.mentions);
    expect(precision(all)).toBeGreaterThanOrEqual(OVERALL);
    expect(recall(all)).toBeGreaterThanOrEqual(OVERALL);
  });

  it(`finds each region's mentions with precision and recall of at least ${PER_REGION}`, () => {
    for (const [region, tally] of score.mentions) {
      expect(precision(tally), `${region} precision`).toBeGreaterThanOrEqual(PER_REGION);
      expect(recall(tally), `${region} recall`).toBeGreaterThanOrEqual(PER_REGION);
    }
  });

  it(`links the right paragraphs to each region with precision and recall of at least ${PARAGRAPHS}`, () => {
    const all = overall(score.paragraphs);
    expect(precision(all)).toBeGreaterThanOrEqual(PARAGRAPHS);
    expect(recall(all)).toBeGreaterThanOrEqual(PARAGRAPHS);
  });
});
