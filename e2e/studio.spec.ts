/**
 * The studio (studio.html) as an editor uses it, from an empty browser profile: one of the
 * test articles pasted as from a web page, mentions fixed, events reviewed, the publication
 * set, a reload in the middle, undo and redo, and the files exported; the exported story is
 * the one `npm run content` makes from the exported article and overrides. Files that are not
 * an article, a story or overrides are refused and leave the draft as it was.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { checkStory } from '../app/story/schema.ts';
import { TESTSET_DIR } from '../authoring/accuracy.ts';
import { readRegionIds } from '../authoring/files.ts';
import { expect, test } from './fixtures.ts';
import { serveFolder } from './staticServer.ts';

const ARTICLE = 'agenda-tskhinvali-creeping-occupation';
const articleFile = path.join(TESTSET_DIR, `${ARTICLE}.txt`);
const present = fs.existsSync(articleFile);

/** The article as a web page gives it when copied: no blank lines, a caption and a date line among the paragraphs. */
function asCopiedFromPage(text: string): string {
  const [title = '', ...paragraphs] = text.trim().split(/\n\s*\n/);
  return [
    title,
    'Agenda.ge, 11 Aug 2015 - 14:49, Tbilisi,Georgia',
    'A barbed wire fence installed by Russian occupation forces in the Georgian village of Khurvaleti. Photo by N. Alavidze/Agenda.ge',
    ...paragraphs,
  ].join('\n');
}

const passage = (page: Page, id: string) => page.locator(`.studio__passage[data-passage="${id}"]`);
const mark = (page: Page, id: string, words: string) =>
  passage(page, id).locator(`[data-mark]`, { hasText: new RegExp(`^${words}$`) });

async function download(page: Page, name: RegExp, into: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  const target = path.join(into, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

test.describe('the studio', () => {
  test.skip(!present, `the test articles are not here (looked in ${TESTSET_DIR}; set TESTSET_DIR)`);

  test('an article pasted from a web page becomes an explainer: review, reload, undo, export', async ({
    page,
    recorded,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('studio.html');
    await expect(page.getByText('None yet.')).toBeVisible();
    await page.locator('#article-text').fill(asCopiedFromPage(fs.readFileSync(articleFile, 'utf8')));
    await page.getByRole('button', { name: 'Find the regions' }).click();

    // The paragraphs, one passage each, and the furniture listed with its rules.
    await expect(page.locator('.studio__passage')).toHaveCount(10);
    const dropped = page.locator('.studio__dropped');
    await expect(dropped).toContainText('Khurvaleti');
    await expect(dropped).toContainText('Agenda.ge, 11 Aug 2015');
    await expect(page.locator('.studio__passage', { hasText: 'Khurvaleti' })).toHaveCount(0);

    // A village the gazetteer does not know: marked by the editor.
    await expect(mark(page, 'p3', 'Tamarasheni')).toHaveCount(0);
    await passage(page, 'p3').getByRole('button', { name: '¶ 3' }).click();
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: 'Mark words in this passage' }),
    });
    await form.locator('input[name="words"]').fill('Tamarasheni');
    await form.locator('select[name="region"]').selectOption({ label: 'Georgia' });
    await form.getByRole('button', { name: 'Mark' }).click();
    await expect(mark(page, 'p3', 'Tamarasheni')).toHaveAttribute('data-kind', 'editor');

    // A name the editor does not take as a mention: the capital standing for the government.
    await mark(page, 'p6', 'Tbilisi').click();
    await page.getByRole('button', { name: 'Not a mention (X)' }).click();
    await expect(mark(page, 'p6', 'Tbilisi')).toHaveAttribute('data-kind', 'rejected');

    // An implicit reference: the occupation line is South Ossetia's.
    await passage(page, 'p7').getByRole('button', { name: '¶ 7' }).click();
    await form.locator('input[name="words"]').fill('the occupation line');
    await form.getByLabel(/refer to it without naming it/).check();
    await form.locator('select[name="region"]').selectOption({ label: 'South Ossetia' });
    await form.getByRole('button', { name: 'Mark' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Say why' })).toBeVisible();
    await form
      .locator('input[name="note"]')
      .fill('The line around South Ossetia that the article describes.');
    await form.getByRole('button', { name: 'Mark' }).click();
    await expect(mark(page, 'p7', 'the occupation line')).toHaveAttribute('data-kind', 'implicit');

    // Reloaded in the middle of the work: all of it is still there.
    await page.reload();
    await expect(mark(page, 'p3', 'Tamarasheni')).toHaveAttribute('data-kind', 'editor');
    await expect(mark(page, 'p6', 'Tbilisi')).toHaveAttribute('data-kind', 'rejected');
    await expect(mark(page, 'p7', 'the occupation line')).toHaveAttribute('data-kind', 'implicit');

    // Events: one accepted as proposed, one edited (its summary and an editor's date).
    await page.getByRole('tab', { name: 'Events' }).click();
    const card = (id: string) => page.locator(`.studio__event-list > li[data-event="${id}"]`);
    await card('p5-earlier-this-month').getByRole('button', { name: 'Accept' }).click();
    await expect(card('p5-earlier-this-month').locator('.studio__badge')).toHaveText('Accepted');
    await card('p9-august-6').getByRole('button', { name: 'Edit' }).click();
    const summary = card('p9-august-6').locator('textarea[name="summary"]');
    await summary.fill('x'.repeat(281));
    await expect(card('p9-august-6').getByText('The summary is 281 characters; at most 280.')).toBeVisible();
    await expect(card('p9-august-6').getByRole('button', { name: 'Save' })).toBeDisabled();
    await summary.fill('Tbilisi protests to Moscow, through the Swiss, over the banners near Tsitelubani.');
    await card('p9-august-6').locator('input[name="date"]').fill('2015-08-06');
    await card('p9-august-6').getByRole('button', { name: 'Save' }).click();
    await expect(card('p9-august-6').locator('.studio__badge')).toHaveText('Accepted');
    await expect(card('p9-august-6')).toContainText('2015-08-06 (editor’s date)');

    // The publication.
    await page.getByRole('tab', { name: 'Publication' }).click();
    await page.locator('input[name="publisher"]').fill('Agenda.ge');
    await page.locator('input[name="published"]').fill('2015-08-11');
    await page.getByLabel(/found elsewhere by the editor/).check();
    await page.locator('input[name="note"]').fill('The page’s date line: 11 Aug 2015.');
    await page.getByRole('button', { name: 'Set the publication' }).click();
    await expect(page.getByText('Now: Agenda.ge, 2015-08-11 (editor’s date)')).toBeVisible();

    // Undo takes the publication back, redo brings it again; the keys do the same.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Now: Agenda.ge')).toHaveCount(0);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(page.getByText('Now: Agenda.ge, 2015-08-11 (editor’s date)')).toBeVisible();
    await page.getByRole('tab', { name: 'Mentions' }).click();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.getByRole('tab', { name: 'Events' }).click();
    await expect(card('p9-august-6').locator('.studio__badge')).toHaveText('Proposed');
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    await expect(card('p9-august-6').locator('.studio__badge')).toHaveText('Accepted');

    // Exported: the story, the overrides and the article; the command line makes the same story of them.
    await page.getByRole('tab', { name: 'Export' }).click();
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-'));
    const storyFile = await download(page, /^The story:/, out);
    const overridesFile = await download(page, /^Your choices:/, out);
    const article = await download(page, /^The article:/, out);
    expect(path.basename(overridesFile)).toBe(path.basename(article).replace(/\.txt$/, '.overrides.json'));
    const story = JSON.parse(fs.readFileSync(storyFile, 'utf8'));
    expect(checkStory(story, readRegionIds()).ok, 'the exported story passes the schema').toBe(true);
    expect(story.publication.publisher).toBe('Agenda.ge');
    expect(story.passages[7].implicit).toEqual([
      expect.objectContaining({ region: 'south-ossetia', quote: 'the occupation line' }),
    ]);
    const rebuilt = path.join(out, 'rebuilt.json');
    execFileSync('npx', ['tsx', 'authoring/build.ts', article, '--out', rebuilt], { stdio: 'pipe' });
    expect(fs.readFileSync(rebuilt, 'utf8'), 'npm run content makes the same story').toBe(
      fs.readFileSync(storyFile, 'utf8'),
    );
    await expect(page.locator('#snippet')).toHaveValue(/embed\.html\?story=/);

    // The whole explainer, with this story as its default, served as static files by another host.
    const zip = await download(page, /^Download the explainer/, out);
    const site = path.join(out, 'site');
    for (const [file, bytes] of Object.entries(unzipSync(fs.readFileSync(zip)))) {
      fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      fs.writeFileSync(path.join(site, file), bytes);
    }
    expect(fs.readFileSync(path.join(site, 'content/article.json'), 'utf8')).toBe(
      fs.readFileSync(storyFile, 'utf8'),
    );
    // And under its own name, so the snippet's ?story=NAME works from the package too.
    expect(fs.readFileSync(path.join(site, 'content', path.basename(storyFile)), 'utf8')).toBe(
      fs.readFileSync(storyFile, 'utf8'),
    );
    for (const other of [
      'studio.html',
      'studio-files.json',
      'studio-assets',
      'map.png',
      'oembed/article.json',
    ])
      expect(fs.existsSync(path.join(site, other)), `${other} is not in the package`).toBe(false);
    // Served under the policy the package's own _headers file gives.
    const policy = /Content-Security-Policy: (.+)/.exec(
      fs.readFileSync(path.join(site, '_headers'), 'utf8'),
    )?.[1];
    expect(policy).toContain("default-src 'self'");
    const host = await serveFolder(site, { 'Content-Security-Policy': policy ?? '' });
    try {
      recorded.allowOrigins.push(host.url);
      const reader = await page.context().newPage();
      const requests: string[] = [];
      reader.on('request', (r) => requests.push(r.url()));
      reader.on('console', (m) => m.type() === 'error' && recorded.consoleErrors.push(`reader: ${m.text()}`));
      reader.on('pageerror', (e) => recorded.consoleErrors.push(`reader: ${e.message}`));
      await reader.goto(host.url);
      const title = 'Breakaway Tskhinvali: Russia’s creeping occupation of Georgia continues';
      await expect(reader).toHaveTitle(`${title}: map explainer`);
      // The first view is this story's, built in: the page comes to life on it, not afresh.
      await expect(reader.locator('#root[data-built] h1')).toContainText(title);
      await expect(reader.locator('html')).toHaveAttribute('data-view-ready', 'true');
      await expect(reader.locator('#root[data-built] h1')).toContainText(title);
      await reader.getByRole('button', { name: 'South Ossetia', exact: true }).click();
      await expect(reader.locator('#panel-title')).toHaveText('South Ossetia');
      await reader.getByRole('button', { name: 'Story', exact: true }).click();
      await expect(reader.locator('.explainer--story')).toBeVisible();
      expect(requests.filter((u) => !u.startsWith(host.url) && !/^(data|blob):/.test(u))).toEqual([]);
      await reader.close();
    } finally {
      await host.close();
    }
  });

  test('the preview is the explainer readers get, showing the draft and following its changes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('studio.html');
    await page.locator('#article-text').fill(fs.readFileSync(articleFile, 'utf8'));
    await page.getByRole('button', { name: 'Find the regions' }).click();
    // Beside the review, the map shows what the selected mark or passage concerns.
    await mark(page, 'p2', 'Tskhinvali').click();
    const beside = page.frameLocator('.studio__map iframe');
    await expect(beside.locator('.map-area')).toHaveAttribute('data-highlighted', 'south-ossetia');
    await mark(page, 'p6', 'Tbilisi').click();
    await expect(beside.locator('.map-area')).toHaveAttribute('data-highlighted', 'georgia');
    await page.getByRole('tab', { name: 'Preview' }).click();
    const frame = page.frameLocator('iframe[title="Preview of the explainer"]');
    await expect(frame.locator('h1')).toContainText('Russia’s creeping occupation of Georgia continues');
    await frame.getByRole('button', { name: 'South Ossetia', exact: true }).click();
    await expect(frame.locator('#panel-title')).toHaveText('South Ossetia');
    await expect(frame.locator('.panel').getByText('Tskhinvali').first()).toBeVisible();
    // A change in the studio reaches the open preview.
    await page.getByRole('tab', { name: 'Publication' }).click();
    await page.locator('input[name="publisher"]').fill('Agenda.ge');
    await page.locator('input[name="published"]').fill('2015-08-11');
    await page.getByRole('button', { name: 'Set the publication' }).click();
    await page.getByRole('tab', { name: 'Preview' }).click();
    await expect(frame.getByText('Agenda.ge').first()).toBeVisible();
  });

  test('a file that is not an article, a story or overrides is refused, and the draft stays as it was', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('studio.html');
    await page.locator('#article-text').fill(fs.readFileSync(articleFile, 'utf8'));
    await page.getByRole('button', { name: 'Find the regions' }).click();
    await expect(page.locator('.studio__passage')).toHaveCount(10);
    const before = await page.locator('.studio__article').textContent();

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-files-'));
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, Buffer.alloc(50_000_000, 'a'));
    const story = JSON.parse(fs.readFileSync('public/content/article.json', 'utf8'));
    const files: [string, Buffer | string, RegExp][] = [
      [
        'photo.txt',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
        /not a text file/,
      ],
      [huge, '', /is 50\.0 MB; the studio opens .* at most 2\.0 MB/],
      [
        'long.json',
        JSON.stringify({ ...story, title: 'T'.repeat(501) }),
        /not a story the explainer can show: .*at most 500 characters in the title/,
      ],
      [
        'other.json',
        JSON.stringify({ type: 'FeatureCollection', features: [] }),
        /neither a story .* nor an overrides file/,
      ],
      ['broken.json', '{"passages": [', /not valid JSON/],
    ];
    for (const [name, content, message] of files) {
      const input = page.locator('.studio__bar input[type="file"]');
      if (name === huge) await input.setInputFiles(huge);
      else
        await input.setInputFiles({
          name,
          mimeType: 'application/octet-stream',
          buffer: Buffer.from(content),
        });
      await expect(page.locator('.studio__status')).toHaveText(message);
      await expect(page.locator('.studio__status')).toContainText('Your draft is unchanged');
      expect(await page.locator('.studio__article').textContent()).toBe(before);
    }
    fs.rmSync(dir, { recursive: true });
  });

  for (const theme of ['light', 'dark'] as const)
    for (const width of [375, 1280])
      test(`at ${width} px, ${theme}: axe finds nothing in the studio's steps (screenshots in test-results/studio/)`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width, height: 900 });
        const shoot = async (state: string) => {
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            state,
          ).toEqual([]);
          await page.screenshot({
            path: `test-results/studio/${state}-${width}-${theme}.png`,
            fullPage: state !== 'review',
          });
        };
        await page.goto('studio.html');
        await page.locator('#article-text').fill(asCopiedFromPage(fs.readFileSync(articleFile, 'utf8')));
        await shoot('start');
        await page.getByRole('button', { name: 'Find the regions' }).click();
        await mark(page, 'p2', 'Tskhinvali').click();
        await shoot('review');
        await page.getByRole('tab', { name: 'Events' }).click();
        await shoot('events');
        await page.getByRole('tab', { name: 'Preview' }).click();
        await expect(
          page
            .frameLocator('iframe[title="Preview of the explainer"]')
            .locator('html[data-view-ready="true"]'),
        ).toHaveCount(1);
        await shoot('preview');
        await page.getByRole('tab', { name: 'Publication' }).click();
        await shoot('publication');
        await page.getByRole('tab', { name: 'Export' }).click();
        await shoot('export');
      });
});
