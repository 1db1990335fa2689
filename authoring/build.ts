/**
 * `npm run content -- [article.txt] [--out public/content/NAME.json]`: makes a story from an
 * article with the gazetteer and the editor's overrides (NAME.overrides.json beside it), and
 * writes it for the app. Without arguments it rebuilds the default story from
 * authoring/articles/article.txt. Nothing is written unless the whole story is valid.
 */
import fs from 'node:fs';
import path from 'node:path';
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

/** Stable bytes: two-space JSON, with each flat object (a mention, a date) on one line. */
export function serialiseStory(story: unknown): string {
  const json = JSON.stringify(story, null, 2).replace(
    /\{\n\s+([^{}[\]]*?)\n\s*\}/g,
    (_, body: string) => `{ ${body.split(/,\n\s+/).join(', ')} }`,
  );
  return `${json}\n`;
}

export function buildStory(articleFile: string): string {
  const overridesFile = overridesFileFor(articleFile);
  const story = composeStory({
    article: readArticle(articleFile),
    source: path.basename(articleFile),
    gazetteer: readGazetteer(),
    overrides: readOverrides(overridesFile),
    regionIds: readRegionIds(),
  });
  return serialiseStory(story);
}

export function defaultOutFor(articleFile: string): string {
  return path.join(CONTENT_DIR, `${path.basename(articleFile).replace(/\.[^.]+$/, '')}.json`);
}

function main(argv: string[]): void {
  const outAt = argv.indexOf('--out');
  const out = outAt === -1 ? undefined : argv[outAt + 1];
  const positional = argv.filter((_, i) => i !== outAt && i !== outAt + 1);
  const articleFile = path.resolve(positional[0] ?? DEFAULT_ARTICLE);
  const outFile = path.resolve(out ?? defaultOutFor(articleFile));
  try {
    const text = buildStory(articleFile);
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    const staging = `${outFile}.partial`;
    fs.writeFileSync(staging, text);
    fs.renameSync(staging, outFile);
    console.log(`content: wrote ${path.relative(process.cwd(), outFile)} (${text.length} bytes)`);
  } catch (error) {
    const message = error instanceof ContentError ? error.message : (error as Error).stack;
    console.error(`content: failed, nothing written.\n${message}`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
