/**
 * The head of both pages (index.html and embed.html), written once: the build writes it from
 * the default story and its card (vite.config.ts, "page-head"), and the studio's package writes
 * it again for a draft's story, without the card, which shows the story the app was built with
 * (app/studio/bundle.ts). The pages' sources hold only the marker it replaces.
 */

/** The social card: the image, its size and what it shows, in words. */
export interface CardFile {
  /** The image's file, beside the page. */
  file: string;
  width: number;
  height: number;
  alt: string;
}

export const HEAD_START = '<!-- page head: app/pageHead.ts -->';
export const HEAD_END = '<!-- end of page head -->';

const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const pageTitle = (story: { title: string }) => `${story.title}: map explainer`;

export const pageDescription = (story: { title: string }) =>
  `Map explainer for the article “${story.title}”: click a region to read what it says about it.`;

/** The head's tags for a story, with its card or without one. */
export function pageHead(story: { title: string }, card: CardFile | null): string {
  const title = escaped(pageTitle(story));
  return [
    HEAD_START,
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<meta name="description" content="${escaped(pageDescription(story))}" />`,
    '<link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
    `<meta property="og:title" content="${title}" />`,
    '<meta property="og:description" content="Click a region to read what the article says about it." />',
    ...(card
      ? [
          `<meta property="og:image" content="./${escaped(card.file)}" />`,
          `<meta property="og:image:width" content="${card.width}" />`,
          `<meta property="og:image:height" content="${card.height}" />`,
          `<meta property="og:image:alt" content="${escaped(card.alt)}" />`,
          '<meta name="twitter:card" content="summary_large_image" />',
        ]
      : []),
    `<title>${title}</title>`,
    HEAD_END,
  ].join('\n    ');
}

/**
 * The built pages' first script, after the head: it records what the reader clicks while the
 * modules load, then loads them (public/boot.js; the build names them in its `data-modules`).
 * Outside the head's markers, so a head written again for another story keeps it as built.
 */
export const BOOT_SCRIPT = '<script src="./boot.js"></script>';

/** The page with `head` in place of its marker, or of the head written there before. */
export function withHead(html: string, head: string): string {
  const start = html.indexOf(HEAD_START);
  if (start < 0) throw new Error(`a page without ${HEAD_START}: nowhere to write its head`);
  const end = html.indexOf(HEAD_END, start);
  const rest = end < 0 ? html.slice(start + HEAD_START.length) : html.slice(end + HEAD_END.length);
  return html.slice(0, start) + head + rest;
}
