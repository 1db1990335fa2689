/**
 * The first view written into a page: the same <Explainer /> the browser renders, from the
 * store as it is filled, in #root, and the whole article after it for readers without
 * scripts. The build runs it on the published files (scripts/prerender.tsx); the studio runs it
 * in the browser on a draft's story when it packs the explainer (app/studio/bundle.ts).
 */
import { renderToString } from 'react-dom/server';
import { renderingPage } from './built.tsx';
import { Explainer } from './Explainer.tsx';
import type { Story } from './story/schema.ts';

/** Where each page's first view goes. */
export const ROOT = '<div id="root"></div>';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The article verbatim, passage by passage, for whoever reads the page without scripts. */
export function articleText(story: Story): string {
  const [headline, ...body] = story.passages;
  const paragraphs = body.map((p) => `<p>${escapeHtml(p.text)}</p>`).join('\n');
  return [
    '<article class="static-article" aria-labelledby="static-article-title">',
    `<h2 id="static-article-title">The article: ${escapeHtml(headline?.text ?? story.title)}</h2>`,
    paragraphs,
    '</article>',
  ].join('\n');
}

/** One page's HTML with its first view in #root and the article after it. */
export function withFirstView(html: string, embed: boolean, story: Story, builtFrom: string): string {
  if (!html.includes(ROOT)) throw new Error(`the page has no empty ${ROOT} to render into`);
  renderingPage({ embed });
  try {
    const view = renderToString(<Explainer />);
    return html.replace(
      ROOT,
      () => `<div id="root" data-built="${builtFrom}">${view}</div>\n${articleText(story)}`,
    );
  } finally {
    renderingPage(null);
  }
}

/** A built page with its first view taken out again: the page as Vite wrote it, to render another story into. */
export function withoutFirstView(html: string): string {
  const start = html.indexOf('<div id="root" data-built="');
  const article = html.indexOf('<article class="static-article"', start);
  const end = html.indexOf('</article>', article);
  if (start < 0 || article < 0 || end < 0) throw new Error('the page has no built first view');
  return `${html.slice(0, start)}${ROOT}${html.slice(end + '</article>'.length)}`;
}
