/**
 * What a newsroom pastes, and what an oEmbed consumer gets, for one story: built from the
 * explainer's address, so "Embed this map" in the browser and the build's oEmbed files
 * (scripts/oembed.ts) write the same markup. Every value is escaped for an attribute.
 */

/** The social card (public/map.png) as a fallback image: where it is and what it shows. */
export interface Card {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** The frame an oEmbed consumer draws before the embed sizes itself: an article column's width. */
export const FRAME = { width: 700, height: 900 } as const;

/** Query parameters that choose what the embed shows, and so travel with the snippet (not `debug`). */
const KEPT = ['story', 'theme'];

const attr = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The embed's address for a page of the explainer: embed.html beside it, with its story, theme and route. */
export function embedAddress(pageUrl: string): URL {
  const page = new URL(pageUrl);
  const embed = new URL('embed.html', page);
  for (const key of KEPT) {
    const value = page.searchParams.get(key);
    if (value !== null) embed.searchParams.set(key, value);
  }
  embed.hash = page.hash;
  return embed;
}

/**
 * For readers and feeds without scripts (and hosts that strip them): the card, linked to the
 * full explainer, as Flourish's and Datawrapper's snippets carry theirs.
 */
export function noscriptImage(card: Card, pageUrl: string): string {
  return `<noscript><a href="${attr(pageUrl)}"><img src="${attr(card.url)}" alt="${attr(card.alt)}" width="${card.width}" height="${card.height}" style="max-width:100%;height:auto"></a></noscript>`;
}

/** "Embed this map": a placeholder and the loader (embed.js sizes the frame), then the image without scripts. */
export function embedSnippet(pageUrl: string, card: Card | null): string {
  const page = new URL(pageUrl);
  return [
    `<div data-region-explainer-src="${attr(embedAddress(pageUrl).href)}"></div>`,
    `<script src="${attr(new URL('embed.js', page).href)}" async></script>`,
    ...(card ? [noscriptImage(card, page.href)] : []),
  ].join('\n');
}

/**
 * The oEmbed `html`: a plain frame, which a CMS that trusts no script still keeps (WordPress
 * keeps only the iframe of an unknown provider, sandboxes it and sizes it from the embed's own
 * messages), then the image without scripts.
 */
export function frameSnippet(pageUrl: string, title: string, card: Card | null): string {
  return [
    `<iframe src="${attr(embedAddress(pageUrl).href)}" title="${attr(title)}" width="${FRAME.width}" height="${FRAME.height}" frameborder="0" style="width:100%;border:0"></iframe>`,
    ...(card ? [noscriptImage(card, pageUrl)] : []),
  ].join('');
}
