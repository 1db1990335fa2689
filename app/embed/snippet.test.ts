import { describe, expect, it } from 'vitest';
import { type Card, embedSnippet, FRAME, frameSnippet, noscriptImage } from './snippet.ts';

/** Where a newsroom hosts dist/ (test data: nothing is requested from it). */
const HOSTED = 'https://news.example/maps/ossetia';
const card: Card = {
  url: `${HOSTED}/map.png`,
  alt: 'Map of “South Ossetia” & <its> neighbours',
  width: 1200,
  height: 630,
};

describe('embedSnippet', () => {
  it('points at embed.html and embed.js beside the page, keeping the view in the hash', () => {
    expect(embedSnippet(`${HOSTED}/index.html?debug=1#region=crimea`, null)).toBe(
      [
        `<div data-region-explainer-src="${HOSTED}/embed.html#region=crimea"></div>`,
        `<script src="${HOSTED}/embed.js" async></script>`,
      ].join('\n'),
    );
  });

  it('keeps the story and the theme, and nothing else of the query', () => {
    expect(
      embedSnippet(`${HOSTED}/?story=crimea-bridge&theme=dark&debug=1&x=1#article`, null).split('\n')[0],
    ).toBe(
      `<div data-region-explainer-src="${HOSTED}/embed.html?story=crimea-bridge&amp;theme=dark#article"></div>`,
    );
  });

  it('cannot be broken out of its attribute', () => {
    expect(embedSnippet(`${HOSTED}/?story=a"b#x`, null).split('\n')[0]).toBe(
      `<div data-region-explainer-src="${HOSTED}/embed.html?story=a%22b#x"></div>`,
    );
  });

  it('ends with the card as an image for readers without scripts, linked to the full page', () => {
    const lines = embedSnippet(`${HOSTED}/#region=crimea`, card).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(noscriptImage(card, `${HOSTED}/#region=crimea`));
    expect(lines[2]).toBe(
      `<noscript><a href="${HOSTED}/#region=crimea"><img src="${HOSTED}/map.png" alt="Map of “South Ossetia” &amp; &lt;its&gt; neighbours" width="1200" height="630" style="max-width:100%;height:auto"></a></noscript>`,
    );
  });
});

describe('the oEmbed frame', () => {
  it('is a plain iframe of the embed, titled and sized, then the card without scripts', () => {
    const html = frameSnippet(`${HOSTED}/?story=crimea-bridge`, 'Kerch "Bridge"', card);
    const frame = /^<iframe ([^>]*)><\/iframe>/.exec(html)?.[1] ?? '';
    expect(frame).toContain(`src="${HOSTED}/embed.html?story=crimea-bridge"`);
    expect(frame).toContain('title="Kerch &quot;Bridge&quot;"');
    expect(frame).toContain(`width="${FRAME.width}" height="${FRAME.height}"`);
    expect(html.endsWith(noscriptImage(card, `${HOSTED}/?story=crimea-bridge`))).toBe(true);
    // No script: a CMS that strips them keeps the whole of it.
    expect(html).not.toMatch(/<script/);
  });
});
