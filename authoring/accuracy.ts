/**
 * `npm run accuracy`: scores the content tool against hand marks, with no editor's help
 * (no overrides), on the tuning articles (authoring/articles, which the rules were written
 * against) and on the test set (real articles by other outlets, read where they are kept:
 * `TESTSET_DIR`, by default ../shared/testset-articles beside the project, when present).
 * Prints per-region tables (mention and paragraph level) and every mention still wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeStory } from './compose.ts';
import { AUTHORING_DIR, ROOT, readGazetteer, readRegionIds } from './files.ts';
import { NO_OVERRIDES } from './overrides.ts';
import { type Expected, emptyScore, type Score, scoreArticle, scoreTable } from './score.ts';

export const TUNING_DIR = path.join(AUTHORING_DIR, 'articles');
export const TESTSET_DIR = process.env.TESTSET_DIR ?? path.join(ROOT, '..', 'shared', 'testset-articles');

/** The articles of a folder that have hand marks beside them (NAME.txt and NAME.expected.json). */
export function markedArticles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter(
      (f) =>
        f.endsWith('.expected.json') && fs.existsSync(path.join(dir, f.replace(/\.expected\.json$/, '.txt'))),
    )
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
}

export function readExpected(
  dir: string,
  name: string,
): Expected & { paragraphs?: Record<string, number[]> } {
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8'));
}

/** The story the tool makes of one marked article, with no overrides. */
export function storyOf(dir: string, name: string) {
  return composeStory({
    article: fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8'),
    source: `${name}.txt`,
    gazetteer: readGazetteer(),
    overrides: NO_OVERRIDES,
    regionIds: readRegionIds(),
  });
}

export function scoreFolder(dir: string): Score {
  const score = emptyScore();
  for (const name of markedArticles(dir))
    scoreArticle(name, storyOf(dir, name), readExpected(dir, name), score);
  return score;
}

export function formatScore(title: string, dir: string, score: Score): string {
  const misses = score.misses.map((m) => `- ${m.kind}: ${m.article} ${m.passage} “${m.mark}”`);
  return [
    `### ${title} (${markedArticles(dir).length} articles)`,
    '',
    scoreTable(score),
    '',
    misses.length ? `Still wrong (${misses.length}):` : 'Still wrong: none.',
    ...misses,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(formatScore('Tuning articles', TUNING_DIR, scoreFolder(TUNING_DIR)));
  console.log('');
  if (markedArticles(TESTSET_DIR).length === 0) console.log(`Test set: not found at ${TESTSET_DIR}`);
  else console.log(formatScore('Test set', TESTSET_DIR, scoreFolder(TESTSET_DIR)));
}
