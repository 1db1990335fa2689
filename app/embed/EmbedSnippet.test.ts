import { describe, expect, it } from 'vitest';
import { embedSnippet } from './EmbedSnippet.tsx';

/** Where a newsroom hosts dist/ (test data: nothing is requested from it). */
const HOSTED = 'https://news.example/maps/ossetia';

describe('embedSnippet', () => {
  it('points at embed.html and embed.js beside the page, keeping the view in the hash', () => {
    expect(embedSnippet(`${HOSTED}/index.html?debug=1#region=crimea`)).toBe(
      [
        `<div data-region-explainer-src="${HOSTED}/embed.html#region=crimea"></div>`,
        `<script src="${HOSTED}/embed.js" async></script>`,
      ].join('\n'),
    );
  });

  it('keeps the story and the theme, and nothing else of the query', () => {
    expect(embedSnippet(`${HOSTED}/?story=crimea-bridge&theme=dark&debug=1&x=1#article`).split('\n')[0]).toBe(
      `<div data-region-explainer-src="${HOSTED}/embed.html?story=crimea-bridge&theme=dark#article"></div>`,
    );
  });

  it('cannot be broken out of its attribute', () => {
    expect(embedSnippet(`${HOSTED}/?story=a"b#x`).split('\n')[0]).toBe(
      `<div data-region-explainer-src="${HOSTED}/embed.html?story=a%22b#x"></div>`,
    );
  });
});
