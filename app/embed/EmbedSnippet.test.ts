import { describe, expect, it } from 'vitest';
import { embedSnippet } from './EmbedSnippet.tsx';

describe('embedSnippet', () => {
  it('points at embed.html and embed.js beside the page, keeping the view in the hash', () => {
    expect(embedSnippet('https://news.example/maps/ossetia/index.html?debug=1#region=crimea')).toBe(
      [
        '<div data-region-explainer-src="https://news.example/maps/ossetia/embed.html#region=crimea"></div>',
        '<script src="https://news.example/maps/ossetia/embed.js" async></script>',
      ].join('\n'),
    );
  });
});
