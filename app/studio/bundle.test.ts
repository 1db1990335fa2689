import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { serialiseStory } from '../../authoring/serialise.ts';
import { FIRST_VIEW_FILES, fingerprintOf } from '../data/fingerprint.ts';
import { ROOT, withoutFirstView } from '../firstView.tsx';
import { checkStory, type Story } from '../story/schema.ts';
import { explainerZip, packFiles, retitled, STORY_FILE } from './bundle.ts';

const checked = checkStory(JSON.parse(fs.readFileSync('public/content/crimea-bridge.json', 'utf8')), null);
if (!checked.ok) throw new Error('the published story should pass');
const story: Story = checked.value;

const BUILT = `<!doctype html><html><head><title>Old story: map explainer</title>
<meta name="description" content="Old">
<meta property="og:title" content="Old">
<meta property="og:image" content="./map.png">
<meta property="og:image:alt" content="Old card">
<meta name="twitter:card" content="summary_large_image">
<link rel="alternate" type="application/json+oembed" href="./oembed/article.json" title="Old">
</head><body><div id="root" data-built="a.b.c.d.e"><h1>Old story</h1></div>
<article class="static-article" aria-labelledby="static-article-title"><p>Old text</p></article>
<script src="./boot.js" data-modules="./assets/main.js"></script></body></html>`;

const files = [
  ...FIRST_VIEW_FILES,
  'index.html',
  'embed.html',
  'boot.js',
  'map.png',
  'oembed/article.json',
  'studio.html',
];
const read = async (file: string) =>
  new TextEncoder().encode(
    file.endsWith('.html')
      ? BUILT
      : file.startsWith('data/')
        ? fs.readFileSync(`public/${file}`, 'utf8')
        : `(${file})`,
  );
const render = (page: string, embed: boolean, builtFrom: string) =>
  page.replace(ROOT, `<div id="root" data-built="${builtFrom}"><h1>${embed ? 'embed' : 'page'}</h1></div>`);

describe('the explainer packed with a draft’s story', () => {
  it('holds the story as the default, both pages built for it, and not the other story’s card, oEmbed or the studio', async () => {
    const out = await packFiles({ story, name: 'bridge', files, read, render, unbuild: withoutFirstView });
    const text = (file: string) => new TextDecoder().decode(out[file]);
    expect(Object.keys(out).sort()).toEqual(
      [...FIRST_VIEW_FILES, 'content/bridge.json', 'boot.js', 'embed.html', 'index.html'].sort(),
    );
    expect(text(STORY_FILE)).toBe(serialiseStory(story));
    expect(text('content/bridge.json')).toBe(serialiseStory(story));
    // The fingerprint is the packed files': the page hydrates its built view instead of rendering afresh.
    const builtFrom = fingerprintOf(text);
    for (const [file, kind] of [
      ['index.html', 'page'],
      ['embed.html', 'embed'],
    ] as const) {
      const page = text(file);
      expect(page).toContain(`<div id="root" data-built="${builtFrom}"><h1>${kind}</h1></div>`);
      expect(page).not.toContain('Old');
      expect(page).toContain(`<title>${story.title}: map explainer</title>`);
      expect(page).not.toMatch(/og:image|twitter:card|json\+oembed/);
      expect(page).toContain('<script src="./boot.js" data-modules="./assets/main.js"></script>');
    }
  });

  it('is a zip of those files', async () => {
    const zip = await explainerZip({ story, name: 'bridge', files, read, render, unbuild: withoutFirstView });
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(
      [...FIRST_VIEW_FILES, 'content/bridge.json', 'boot.js', 'embed.html', 'index.html'].sort(),
    );
  });

  it('says which file the built explainer lacks', async () => {
    await expect(
      packFiles({
        story,
        name: 'bridge',
        files: files.filter((f) => f !== 'data/views.json'),
        read,
        render,
        unbuild: withoutFirstView,
      }),
    ).rejects.toThrow('the built explainer has no data/views.json');
  });

  it('escapes the title it writes into the page', () => {
    expect(retitled(BUILT, { ...story, title: 'A "quoted" <b>title</b> & more' })).toContain(
      '<title>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more: map explainer</title>',
    );
  });
});
