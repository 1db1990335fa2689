import fs from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { serialiseStory } from '../../authoring/serialise.ts';
import { FIRST_VIEW_FILES, fingerprintOf } from '../data/fingerprint.ts';
import { ROOT, withoutFirstView } from '../firstView.tsx';
import { pageHead } from '../pageHead.ts';
import { checkStory, type Story } from '../story/schema.ts';
import { explainerZip, packFiles, retitled, STORY_FILE } from './bundle.ts';

const checked = checkStory(JSON.parse(fs.readFileSync('public/content/crimea-bridge.json', 'utf8')), null);
if (!checked.ok) throw new Error('the published story should pass');
const story: Story = checked.value;

const OLD_CARD = { file: 'map.png', width: 1200, height: 630, alt: 'Old card' };
/** A built page, its head written for another story ("Old story") with its card, its oEmbed link after. */
const BUILT = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    ${pageHead({ title: 'Old story' }, OLD_CARD)}
    <script src="./boot.js" data-modules="./assets/main.js"></script>
    <link rel="alternate" type="application/json+oembed" href="./oembed/article.json" title="Old">
</head><body><div id="root" data-built="a.b.c.d.e"><h1>Old story</h1></div>
<article class="static-article" aria-labelledby="static-article-title"><p>Old text</p></article>
</body></html>`;

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

  it('leaves out only the card images, the oEmbed files and the studio, wherever their names recur', async () => {
    const more = [
      ...files,
      'map.svg',
      'assets/map.png',
      'assets/oembed/x.js',
      'map.png.txt',
      'assets/studio-1.js',
    ];
    const out = await packFiles({
      story,
      name: 'bridge',
      files: more,
      read,
      render,
      unbuild: withoutFirstView,
    });
    for (const kept of ['assets/map.png', 'assets/oembed/x.js', 'map.png.txt', 'assets/studio-1.js'])
      expect(Object.keys(out), kept).toContain(kept);
    for (const gone of ['map.png', 'map.svg', 'oembed/article.json', 'studio.html'])
      expect(Object.keys(out), gone).not.toContain(gone);
  });

  it('says which page the built explainer lacks', async () => {
    for (const page of ['index.html', 'embed.html'])
      await expect(
        packFiles({
          story,
          name: 'bridge',
          files: files.filter((f) => f !== page),
          read,
          render,
          unbuild: withoutFirstView,
        }),
      ).rejects.toThrow(`the built explainer has no ${page}`);
  });

  it('writes the head again for the story, without the old card and oEmbed link, keeping the built boot script and the rest', () => {
    expect(retitled(BUILT, story).split('</head>')[0]).toBe(
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'">
    ${pageHead(story, null)}
    <script src="./boot.js" data-modules="./assets/main.js"></script>\n`,
    );
    expect(retitled(BUILT, story).split('</head>')[1]).toBe(BUILT.split('</head>')[1]);
  });

  it('escapes the title it writes into the page', () => {
    expect(retitled(BUILT, { ...story, title: 'A "quoted" <b>title</b> & more' })).toContain(
      '<title>A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more: map explainer</title>',
    );
  });
});
