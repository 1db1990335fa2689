/**
 * The explainer, ready to upload, with the draft's story as its default: every file of the
 * built explainer (the build lists them in `studio-files.json`), fetched from this origin, with
 * the story as `content/article.json`, both pages' first view rendered again for it in the
 * browser (the same `withFirstView` the build runs) and their title and description its own.
 * The card image, its social tags and the oEmbed files describe the story the app was built
 * with, so they are left out rather than shown with another story's title.
 */
import { zipSync } from 'fflate';
import { serialiseStory } from '../../authoring/serialise.ts';
import { fingerprintOf } from '../data/fingerprint.ts';
import { pageHead, withHead } from '../pageHead.ts';
import type { Story } from '../story/schema.ts';

/** The built explainer's files the package leaves out, and why (see above). */
const LEFT_OUT = [/^oembed\//, /^map\.(png|svg)$/, /^studio/];

export const STORY_FILE = 'content/article.json';
const PAGES = [
  { file: 'index.html', embed: false },
  { file: 'embed.html', embed: true },
] as const;

/** A built page's head for another story: its own title and description, without the other story's card and oEmbed. */
export function retitled(html: string, story: Story): string {
  return withHead(html, pageHead(story, null)).replace(
    /\s*<link rel="alternate" type="application\/json\+oembed"[^>]*>/g,
    '',
  );
}

export interface PackInput {
  story: Story;
  /** The story's own name (NAME.json): the package serves it under it too, so `?story=NAME` works there as well. */
  name: string;
  /** The built explainer's files, as the build listed them. */
  files: readonly string[];
  read: (file: string) => Promise<Uint8Array>;
  /** Renders a page's first view for the story, into a page without one (app/firstView.tsx). */
  render: (page: string, embed: boolean, builtFrom: string) => string;
  /** Takes a built page's first view out (app/firstView.tsx). */
  unbuild: (page: string) => string;
}

/** The zip's files, by path. */
export async function packFiles({
  story,
  name,
  files,
  read,
  render,
  unbuild,
}: PackInput): Promise<Record<string, Uint8Array>> {
  const kept = files.filter((f) => !LEFT_OUT.some((pattern) => pattern.test(f)));
  const contents = await Promise.all(kept.map(async (file) => [file, await read(file)] as const));
  const out: Record<string, Uint8Array> = Object.fromEntries(contents);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  out[STORY_FILE] = encoder.encode(serialiseStory(story));
  out[`content/${name}.json`] = out[STORY_FILE];
  const text = (file: string) => {
    const bytes = out[file];
    if (!bytes) throw new Error(`the built explainer has no ${file}`);
    return decoder.decode(bytes);
  };
  // Reads every file of the first view: one the build did not list is named here.
  const builtFrom = fingerprintOf(text);
  for (const { file, embed } of PAGES)
    out[file] = encoder.encode(retitled(render(unbuild(text(file)), embed, builtFrom), story));
  return out;
}

export async function explainerZip(input: PackInput): Promise<Uint8Array> {
  return zipSync(await packFiles(input)); // fflate's default level, 6
}
