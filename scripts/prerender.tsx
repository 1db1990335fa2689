/**
 * The first view, rendered into the built pages (dist/index.html and dist/embed.html) so
 * they are readable and the map visible before any script runs: the same <Explainer /> the
 * browser renders, from the published files in dist/, with the store as the browser fills it
 * once they arrive. The browser then hydrates this markup (app/main.tsx) instead of painting
 * it again. After the map and the list, the whole article as plain text, shown only where
 * scripts do not run (search engines, reader modes, RSS readers, readers who turn them off).
 *
 * vite.config.ts runs it after each client build, through Vite's SSR module loader, so the
 * app's modules load as the bundler sees them. See docs/first-paint.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { fingerprintOf } from '../app/data/fingerprint.ts';
import { withFirstView } from '../app/firstView.tsx';
import { store } from '../app/state/store.ts';
import type { Story } from '../app/story/schema.ts';
import { viewsSchema } from '../app/views/schema.ts';
import { readGeo } from '../geo/published.ts';
import { readStoryFile } from './card.ts';

export const BUILT_PAGES = [
  { file: 'index.html', embed: false },
  { file: 'embed.html', embed: true },
] as const;

/** Fills the one store as the browser's load does, from the files the build is about to serve. */
function loadPublished(dist: string): Story {
  const geo = readGeo(path.join(dist, 'data'));
  const story = readStoryFile(geo, path.join(dist, 'content', 'article.json'));
  const views = v.parse(
    viewsSchema,
    JSON.parse(fs.readFileSync(path.join(dist, 'data', 'views.json'), 'utf8')),
  );
  const { setGeo, setStory, setViews } = store.getState();
  setGeo(geo);
  setStory(story);
  setViews(views);
  return story;
}

const BOOT = '<script src="./boot.js"></script>';
const MODULE = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;

/**
 * The app's modules, started by `public/boot.js` once the built page has painted instead of
 * by the page itself: the first view then has the network and the main thread to itself.
 */
export function modulesAfterPaint(html: string): string {
  if (!html.includes(BOOT)) throw new Error(`the page has no ${BOOT} to start its modules`);
  const modules = [...html.matchAll(MODULE)].map((m) => m[1]);
  if (modules.length === 0) throw new Error('the page has no module scripts to start');
  return html
    .replace(MODULE, '')
    .replace(BOOT, () => `<script src="./boot.js" data-modules="${modules.join(' ')}"></script>`);
}

/** Renders the first view into each built page in `dist`; returns each page's size in bytes. */
export function prerenderPages(dist: string): Record<string, number> {
  const story = loadPublished(dist);
  const builtFrom = fingerprintOf((file) => fs.readFileSync(path.join(dist, file), 'utf8'));
  const sizes: Record<string, number> = {};
  for (const { file, embed } of BUILT_PAGES) {
    const target = path.join(dist, file);
    const html = modulesAfterPaint(withFirstView(fs.readFileSync(target, 'utf8'), embed, story, builtFrom));
    fs.writeFileSync(target, html);
    sizes[file] = Buffer.byteLength(html);
  }
  return sizes;
}
