/**
 * oEmbed for a static host (https://oembed.com, type `rich`): one file per story,
 * dist/oembed/NAME.json, and a discovery link in both pages pointing at the default story's,
 * so a CMS that is given the explainer's address (WordPress, Ghost, Embedly…) finds the embed.
 * A static file cannot answer `maxwidth`/`maxheight`: it offers one frame (snippet.ts, FRAME),
 * full width, which the embed then sizes through the host's own protocol (README, "Embed it").
 * Consumers need absolute addresses: the build writes them when it knows the public address
 * (PUBLIC_URL, scripts/publicAddress.ts); without it, relative ones, right only beside the pages.
 */
import { FRAME, frameSnippet } from '../app/embed/snippet.ts';
import type { CardFile } from '../app/pageHead.ts';

export const DEFAULT_STORY = 'article';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url?: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** Who provides the embed, as consumers show it. */
export const PROVIDER = 'Map explainer';

/** Stands in for the address while the URLs are built when none is known; replaced by "./". */
const NOWHERE = 'https://address.invalid/';

const fileOf = (story: string) => `oembed/${story}.json`;

/** The explainer's page for a story: the pages' address, with ?story= unless it is the default. */
const pageOf = (story: string, base: string) =>
  story === DEFAULT_STORY ? base : `${base}?story=${encodeURIComponent(story)}`;

/**
 * The oEmbed response for a story. The card is the default story's own (public/map.png); other
 * stories have none, so they give no thumbnail rather than another story's.
 */
export function oembedOf(
  story: { name: string; title: string },
  address: string | null,
  card: CardFile,
): OEmbed {
  const base = address ?? NOWHERE;
  const own = story.name === DEFAULT_STORY;
  const image = own ? { ...card, url: new URL(card.file, base).href } : null;
  const relative = (text: string) => (address ? text : text.replaceAll(NOWHERE, './'));
  return {
    version: '1.0',
    type: 'rich',
    title: story.title,
    provider_name: PROVIDER,
    ...(address ? { provider_url: address } : {}),
    html: relative(frameSnippet(pageOf(story.name, base), story.title, image)),
    width: FRAME.width,
    height: FRAME.height,
    ...(image
      ? { thumbnail_url: relative(image.url), thumbnail_width: image.width, thumbnail_height: image.height }
      : {}),
  };
}

/** The oEmbed files of the build, by path under dist/. */
export function oembedFiles(
  stories: readonly { name: string; title: string }[],
  address: string | null,
  card: CardFile,
): Record<string, string> {
  return Object.fromEntries(
    stories.map((story) => [
      fileOf(story.name),
      `${JSON.stringify(oembedOf(story, address, card), null, 2)}\n`,
    ]),
  );
}

/** A built page with the discovery link for the default story's oEmbed, before its head closes. */
export function withDiscovery(html: string, address: string | null, title: string): string {
  if (!html.includes('</head>')) throw new Error('a page without </head>: nowhere to put the oEmbed link');
  const href = address ? new URL(fileOf(DEFAULT_STORY), address).href : `./${fileOf(DEFAULT_STORY)}`;
  const escaped = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const link = `<link rel="alternate" type="application/json+oembed" href="${escaped(href)}" title="${escaped(title)}" />`;
  return html.replace('</head>', `  ${link}\n  </head>`);
}
