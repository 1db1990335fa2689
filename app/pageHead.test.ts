import { describe, expect, it } from 'vitest';
import { HEAD_END, HEAD_START, pageDescription, pageHead, pageTitle, withHead } from './pageHead.ts';

const card = { file: 'map.png', width: 1200, height: 630, alt: 'A map of "Alpha" & <Beta>' };
const story = { title: 'Talks on “Alpha” & <Beta>' };
const tags = (head: string) => head.split('\n').map((line) => line.trim());

describe('the head both pages are built with', () => {
  it('names the page, describes it and shares it by its story, escaped', () => {
    const head = pageHead(story, card);
    expect(pageTitle(story)).toBe('Talks on “Alpha” & <Beta>: map explainer');
    expect(pageDescription(story)).toBe(
      'Map explainer for the article “Talks on “Alpha” & <Beta>”: click a region to read what it says about it.',
    );
    expect(tags(head)).toEqual([
      HEAD_START,
      '<meta charset="utf-8" />',
      '<meta name="viewport" content="width=device-width, initial-scale=1" />',
      '<meta name="description" content="Map explainer for the article “Talks on “Alpha” &amp; &lt;Beta&gt;”: click a region to read what it says about it." />',
      '<link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
      '<meta property="og:title" content="Talks on “Alpha” &amp; &lt;Beta&gt;: map explainer" />',
      '<meta property="og:description" content="Click a region to read what the article says about it." />',
      '<meta property="og:image" content="./map.png" />',
      '<meta property="og:image:width" content="1200" />',
      '<meta property="og:image:height" content="630" />',
      '<meta property="og:image:alt" content="A map of &quot;Alpha&quot; &amp; &lt;Beta&gt;" />',
      '<meta name="twitter:card" content="summary_large_image" />',
      '<title>Talks on “Alpha” &amp; &lt;Beta&gt;: map explainer</title>',
      HEAD_END,
    ]);
  });

  it('has no card tags without a card', () => {
    const head = pageHead(story, null);
    expect(head).not.toMatch(/og:image|twitter:card/);
    expect(tags(head)).toHaveLength(9);
  });

  it('takes the marker’s place in a page, and the place of the head written before', () => {
    const page = `<html><head>\n    ${HEAD_START}\n  </head><body></body></html>`;
    const once = withHead(page, pageHead(story, card));
    expect(once).toBe(`<html><head>\n    ${pageHead(story, card)}\n  </head><body></body></html>`);
    const again = withHead(once, pageHead({ title: 'Another' }, null));
    expect(again).toBe(
      `<html><head>\n    ${pageHead({ title: 'Another' }, null)}\n  </head><body></body></html>`,
    );
  });

  it('refuses a page without the marker, saying what it needs', () => {
    expect(() => withHead('<html><head></head></html>', 'x')).toThrow(
      `a page without ${HEAD_START}: nowhere to write its head`,
    );
  });
});
