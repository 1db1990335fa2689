/**
 * `npm run content -- [article.txt] [--out public/content/NAME.json]`: makes a story from an
 * article with the gazetteer and the editor's overrides (NAME.overrides.json beside it),
 * writes it for the app and prints a report of what it found. Without arguments it rebuilds
 * every article in authoring/articles/. Nothing is written unless the whole story is valid.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Story } from '../app/story/schema.ts';
import { ContentError, composeStory } from './compose.ts';
import {
  CONTENT_DIR,
  DEFAULT_ARTICLE,
  overridesFileFor,
  readArticle,
  readGazetteer,
  readOverrides,
  readRegionIds,
} from './files.ts';
import { findMentions, type Rejected } from './mentions.ts';
import { splitArticle } from './passages.ts';
import { formatReport } from './report.ts';
import { serialiseStory } from './serialise.ts';

export function buildStory(articleFile: string): string {
  return serialiseStory(composeFile(articleFile));
}

function composeFile(articleFile: string): Story {
  const overridesFile = overridesFileFor(articleFile);
  return composeStory({
    article: readArticle(articleFile),
    source: path.basename(articleFile),
    gazetteer: readGazetteer(),
    overrides: readOverrides(overridesFile),
    regionIds: readRegionIds(),
  });
}

/** The articles `npm run content` rebuilds without arguments. */
export function defaultArticles(): string[] {
  const dir = path.dirname(DEFAULT_ARTICLE);
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

export function defaultOutFor(articleFile: string): string {
  return path.join(CONTENT_DIR, `${path.basename(articleFile).replace(/\.[^.]+$/, '')}.json`);
}

function write(articleFile: string, outFile: string): void {
  const story = composeFile(articleFile);
  const { dropped } = splitArticle(
    readArticle(articleFile),
    readOverrides(overridesFileFor(articleFile)).keptLines,
  );
  const gazetteer = readGazetteer();
  const rejected = story.passages.flatMap((p) => {
    const found: Rejected[] = [];
    findMentions(p.text, gazetteer, found);
    return found.map((r) => ({ ...r, passage: p.id }));
  });
  const text = serialiseStory(story);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const staging = `${outFile}.partial`;
  fs.writeFileSync(staging, text);
  fs.renameSync(staging, outFile);
  console.log(
    `${formatReport(story, dropped, rejected)}\n\ncontent: wrote ${path.relative(process.cwd(), outFile)} (${text.length} bytes)\n`,
  );
}

function main(argv: string[]): void {
  const outAt = argv.indexOf('--out');
  const out = outAt === -1 ? undefined : argv[outAt + 1];
  const positional = argv.filter((_, i) => outAt === -1 || (i !== outAt && i !== outAt + 1));
  const articles = positional.length > 0 ? positional.map((a) => path.resolve(a)) : defaultArticles();
  try {
    if (out && articles.length > 1)
      throw new ContentError('--out', 'names one file: give one article with it');
    for (const article of articles) write(article, path.resolve(out ?? defaultOutFor(article)));
  } catch (error) {
    const message = error instanceof ContentError ? error.message : (error as Error).stack;
    console.error(`content: failed, nothing written.\n${message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
