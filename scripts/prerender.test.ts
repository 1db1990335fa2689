import { describe, expect, it } from 'vitest';
import { articleText, withFirstView } from '../app/firstView.tsx';
import { readGeo } from '../geo/published.ts';
import { readStoryFile } from './card.ts';

describe('the built first view', () => {
  const story = readStoryFile(readGeo());

  it('carries the article verbatim, escaped as text', () => {
    const [headline, first] = story.passages;
    if (!headline || !first) throw new Error('the story has no passages');
    const html = articleText({
      ...story,
      passages: [headline, { ...first, text: '<script>x</script> & "quoted"' }],
    });
    expect(html).toContain('<p>&lt;script&gt;x&lt;/script&gt; &amp; &quot;quoted&quot;</p>');
    expect(html).not.toContain('<script>');
  });

  it('refuses a page without an empty #root to render into', () => {
    expect(() => withFirstView('<body></body>', false, story, 'x')).toThrow(
      /no empty <div id="root"><\/div>/,
    );
  });
});
