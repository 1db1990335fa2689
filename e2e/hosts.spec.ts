/**
 * The host gallery: the embed framed the ways newsrooms' systems frame it (README, "Embed it"),
 * each on another origin. WordPress frames an oEmbed provider it does not trust as it does in
 * wp_filter_oembed_result and wp-embed.js: only the iframe of our oEmbed html, sandboxed with
 * allow-scripts alone, a secret in its address, sized only from messages carrying the secret and
 * clamped to 200–1,000 px. AMP's amp-iframe (resizable, with an overflow button) resizes on
 * `embed-size` requests while the frame is out of view, denies them under 100 px, and in view
 * shows its overflow button instead. pym.js, embed.js and a plain iframe as before.
 * In each: the frame's height follows the content (within 2 px, as far as the host lets it),
 * regions and story mode work, the embed never moves the host page, and nothing is logged.
 */
import path from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { expect, type Recorded, test } from './fixtures.ts';
import { openHost, PYM } from './host.ts';
import { serveFolder } from './staticServer.ts';

/** A secret as WordPress writes it (ten letters and digits). */
const SECRET = 'Ab12Cd34Ef';

/** The iframe of an oEmbed html as WordPress keeps it from a provider it does not trust. */
function asWordPressKeepsIt(html: string, base: string): string {
  const frame = /<iframe ([^>]*)><\/iframe>/.exec(html)?.[1];
  if (!frame) throw new Error('the oEmbed html has no iframe: WordPress would show nothing');
  const allowed = [
    'src',
    'width',
    'height',
    'frameborder',
    'marginwidth',
    'marginheight',
    'scrolling',
    'title',
    'class',
  ];
  const attributes = [...frame.matchAll(/([a-z-]+)="([^"]*)"/g)]
    .filter(([, name]) => allowed.includes(name ?? ''))
    .map(([, name, value]) =>
      name === 'src'
        ? `src="${new URL(value ?? '', base).href}#?secret=${SECRET}" data-secret="${SECRET}"`
        : `${name}="${value}"`,
    );
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" ${attributes.join(' ')}></iframe>`;
}

/** WordPress's wp-embed.js, as far as it sizes frames: the same checks and the same clamp. */
const WP_EMBED = `
window.addEventListener('message', (e) => {
  const data = e.data;
  if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
  for (const source of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
    if (e.source !== source.contentWindow) continue;
    source.removeAttribute('style');
    if (data.message === 'height') {
      let height = parseInt(data.value, 10);
      if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
      source.height = height;
    }
  }
});
document.addEventListener('DOMContentLoaded', () => {
  for (const f of document.querySelectorAll('iframe.wp-embedded-content'))
    f.contentWindow.postMessage({ message: 'ready', secret: f.dataset.secret }, '*');
});`;

/** An amp-iframe's resizing: out of view it resizes, in view its overflow button offers it; under 100 px, never. */
const AMP_IFRAME = `
const frame = document.querySelector('iframe');
const overflow = document.querySelector('[overflow]');
let pending = 0;
const reply = (type) => frame.contentWindow.postMessage({ sentinel: 'amp', type }, '*');
window.addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow) return;
  const d = e.data;
  if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
  const height = Number(d.height);
  if (!(height >= 100)) return reply('embed-size-denied');
  const r = frame.getBoundingClientRect();
  if (r.bottom > 0 && r.top < innerHeight) {
    pending = height;
    overflow.hidden = false;
    return reply('embed-size-denied');
  }
  frame.style.height = height + 'px';
  reply('embed-size-changed');
});
overflow.addEventListener('click', () => { frame.style.height = pending + 'px'; overflow.hidden = true; });`;

/** Above every frame: the newsroom's lead, so the frame starts below the first viewport (as AMP asks). */
const LEAD = '<h1>Story</h1><p style="height:900px;margin:0">Lead paragraphs of the newsroom’s article.</p>';
const MORE = '<p style="height:1500px">The rest of the article.</p>';

interface Host {
  name: string;
  body: (baseURL: string, oembedHtml: string) => string;
  /** The frame's height the host should set for content this tall. */
  expected: (content: number) => number;
  /** A host that grows the frame only when the reader asks (AMP's overflow button). */
  grow?: (page: Page) => Promise<void>;
  sandboxed?: boolean;
}

const HOSTS: Host[] = [
  {
    name: 'WordPress (oEmbed, sandboxed)',
    body: (base, html) => `${LEAD}${asWordPressKeepsIt(html, base)}<script>${WP_EMBED}</script>${MORE}`,
    expected: (content) => Math.min(1000, Math.max(200, content)),
    sandboxed: true,
  },
  {
    name: 'AMP (amp-iframe resizable)',
    body: (base) =>
      `${LEAD}<div><iframe title="Map" src="${base}embed.html#amp=1" sandbox="allow-scripts allow-same-origin" style="display:block;width:100%;height:400px;border:0"></iframe><button overflow hidden>Read more</button></div><script>${AMP_IFRAME}</script>${MORE}`,
    expected: (content) => content,
    grow: async (page) => {
      const overflow = page.locator('button[overflow]');
      await expect(overflow).toBeVisible();
      await overflow.click();
    },
  },
  {
    name: 'pym.js',
    body: (base) =>
      `${LEAD}<div id="map"></div><script>${PYM}</script><script>new pym.Parent('map', '${base}embed.html', { title: 'Map', trackscroll: true });</script>${MORE}`,
    expected: (content) => content,
  },
  {
    name: 'embed.js',
    body: (base) =>
      `${LEAD}<div data-region-explainer-src="${base}embed.html"></div><script src="${base}embed.js"></script>${MORE}`,
    expected: (content) => content,
  },
  {
    name: 'a plain iframe',
    body: (base) =>
      `${LEAD}<iframe title="Map" src="${base}embed.html" style="display:block;width:100%;height:900px;border:0"></iframe>${MORE}`,
    expected: () => 900,
  },
];

const frameHeight = (page: Page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0));

/** The host page with the embed below its first screen; the embed's frame, not yet in view. */
async function openGallery(page: Page, recorded: Recorded, host: Host, baseURL: string): Promise<Frame> {
  const oembed = await (await page.request.get(`${baseURL}oembed/article.json`)).json();
  await page.setViewportSize({ width: 760, height: 800 });
  await openHost(page, recorded, host.body(baseURL, oembed.html));
  const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
  if (!frame) throw new Error('no iframe');
  await expect(frame.locator('[data-svg-map] svg')).toBeAttached();
  return frame;
}

/** The reader scrolls the host to the embed (a frame out of view does not come to life); where the host is then. */
async function scrollToEmbed(page: Page, frame: Frame): Promise<number> {
  const at = await page.evaluate(() => {
    const top = document.querySelector('iframe')?.getBoundingClientRect().top ?? 0;
    window.scrollTo(0, top - 100);
    return window.scrollY;
  });
  await expect(frame.locator('html')).toHaveAttribute('data-view-ready', 'true');
  return at;
}

for (const host of HOSTS)
  test(`host gallery, ${host.name}: the frame follows its content, regions and story mode work, the host never moves`, async ({
    page,
    recorded,
    baseURL,
  }) => {
    const frame = await openGallery(page, recorded, host, baseURL ?? '');
    const fits = async () =>
      expect
        .poll(async () => Math.abs((await frameHeight(page)) - host.expected(await contentHeight(frame))))
        .toBeLessThanOrEqual(2);
    // Sized while out of view (AMP's rule): the host's height for the built content, within 2 px.
    await fits();

    // The reader scrolls to the map; from here on nothing the embed does moves the host page.
    const at = await scrollToEmbed(page, frame);
    expect(at).toBeGreaterThan(700);
    await expect(frame.locator('[data-byline]')).toContainText('Breitbart News');
    await fits();
    const still = async () => expect(await page.evaluate(() => window.scrollY)).toBe(at);

    // A region, chosen in the list, shows on the map and in the panel.
    await frame.getByRole('button', { name: 'Crimea', exact: true }).click();
    await expect(frame.locator('[data-panel]')).toHaveAttribute('data-region-id', 'crimea');
    await expect
      .poll(async () => (await frame.locator('[data-map]').getAttribute('data-highlighted')) ?? '')
      .toContain('crimea');
    if (host.sandboxed)
      // No origin of its own, so no worker for MapLibre: the drawing, with its note.
      await expect(frame.locator('.map-note')).toContainText('simpler drawing');
    await still();

    // Story mode: the whole article; the frame follows (as far as the host lets it).
    await frame.getByRole('button', { name: 'Story', exact: true }).click();
    await expect(frame.locator('[data-panel="story"]')).toBeVisible();
    await still();
    if (host.grow) await host.grow(page);
    await fits();
    // Reading on (the wheel over the frame scrolls the host, or the frame where the host clamps
    // it), the story moves past its first passage and the map follows.
    const first = await frame.locator('[data-passage-id][data-current]').getAttribute('data-passage-id');
    await page.mouse.move(380, 400);
    let current = first;
    for (let step = 0; step < 80 && current === first; step++) {
      await page.mouse.wheel(0, 80);
      await page.waitForTimeout(60);
      current = await frame.locator('[data-passage-id][data-current]').getAttribute('data-passage-id');
    }
    expect(current, 'the passage in focus after reading on').not.toBe(first);
  });

test('host gallery, WordPress: a message without the frame’s secret sizes nothing, and the embed answers a ready', async ({
  page,
  recorded,
  baseURL,
}) => {
  const host = HOSTS[0];
  if (!host) throw new Error('no WordPress host');
  const frame = await openGallery(page, recorded, host, baseURL ?? '');
  await scrollToEmbed(page, frame);
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(400);
  const sized = await frameHeight(page);
  // Another page's message, however well formed, does not size this frame: the host checks the source.
  await page.evaluate((secret) => window.postMessage({ message: 'height', value: 250, secret }, '*'), SECRET);
  await page.waitForTimeout(200);
  expect(await frameHeight(page)).toBe(sized);
  // The host shrinks the frame (as a theme's script might); its ready brings the height back.
  await page.locator('iframe').evaluate((f) => f.setAttribute('height', '300'));
  await page.locator('iframe').evaluate((f, secret) => {
    (f as HTMLIFrameElement).contentWindow?.postMessage({ message: 'ready', secret }, '*');
  }, SECRET);
  await expect.poll(() => frameHeight(page)).toBe(sized);
  await expect(frame.locator('[data-panel]')).toBeVisible();
});

/** dist/ served as a host that sends no Access-Control-Allow-Origin (S3 or nginx as they come). */
const serveWithoutCors = () => serveFolder(path.join(import.meta.dirname, '..', 'dist'));

test('sandboxed by a host whose files refuse other origins, the embed keeps its built view and says why nothing answers', async ({
  page,
  recorded,
}) => {
  const plain = await serveWithoutCors();
  try {
    recorded.allowOrigins.push(plain.url);
    // The browser's own words for each module it refuses, and nothing else.
    recorded.allowErrors.push(/has been blocked by CORS policy/);
    await page.setViewportSize({ width: 760, height: 800 });
    await openHost(
      page,
      recorded,
      `<iframe class="wp-embedded-content" sandbox="allow-scripts" src="${plain.url}embed.html#?secret=${SECRET}" data-secret="${SECRET}" width="700" height="900" title="Map"></iframe>`,
    );
    const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
    if (!frame) throw new Error('no iframe');
    const notice = frame.locator('.boot-notice');
    await expect(notice).toContainText('cannot become interactive');
    await expect(notice.getByRole('link', { name: 'Open the interactive map' })).toHaveAttribute(
      'href',
      plain.url,
    );
    // The built view is all there, styled (its stylesheet needs no CORS), and readable.
    await expect(frame.locator('[data-svg-map] svg')).toBeVisible();
    await expect(frame.getByRole('button', { name: 'South Ossetia', exact: true })).toBeVisible();
    expect(
      await frame
        .locator('.region-list button')
        .first()
        .evaluate((b) => getComputedStyle(b).borderRadius),
    ).not.toBe('0px');
    await expect(frame.locator('html')).not.toHaveAttribute('data-deep-link', '');
  } finally {
    await plain.close();
  }
});

test('both built pages carry the oEmbed discovery link, and it leads to the default story’s oEmbed', async ({
  request,
  baseURL,
}) => {
  for (const page of ['', 'embed.html']) {
    const html = await (await request.get(`${baseURL}${page}`)).text();
    const links = [
      ...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g),
    ];
    expect(links, page || 'index.html').toHaveLength(1);
    const response = await request.get(new URL(links[0]?.[1] ?? '', `${baseURL}${page}`).href);
    expect(response.headers()['content-type']).toContain('json');
    const oembed = await response.json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', width: 700, height: 900 });
    expect(oembed.html).toMatch(/^<iframe src="\.\/embed\.html"/);
  }
});
