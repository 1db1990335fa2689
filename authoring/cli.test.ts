/**
 * `npm run content` as an editor runs it: a new article becomes a story with proposals and a
 * report; the editor's overrides are merged; bad input stops it with a message, writing nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../app/story/schema.ts';
import { ROOT } from './files.ts';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'authoring', 'build.ts');
let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'content-cli-'));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function run(article: string, out: string): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(TSX, [CLI, article, '--out', out], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function file(name: string, content: string | Buffer): string {
  const at = path.join(work, name);
  fs.writeFileSync(at, content);
  return at;
}

const ARTICLE = 'Crimea Votes\n\nResidents of Sevastopol voted on Sunday, officials in Moscow said.\n';

describe('a new article', () => {
  it('becomes a story with proposed events and a report of what was found', () => {
    const out = path.join(work, 'out', 'votes.json');
    const result = run(file('votes.txt', ARTICLE), out);
    expect(result.status).toBe(0);
    const story = JSON.parse(fs.readFileSync(out, 'utf8')) as Story;
    expect(story.passages.map((p) => p.text)).toEqual([
      'Crimea Votes',
      'Residents of Sevastopol voted on Sunday, officials in Moscow said.',
    ]);
    expect(story.events).toEqual([
      expect.objectContaining({
        id: 'p1-on-sunday',
        when: 'on Sunday',
        regions: ['crimea', 'russia'],
        review: 'proposed',
      }),
    ]);
    expect(result.stdout).toContain('crimea: 2 passages');
    expect(result.stdout).toContain('p1   “Sevastopol”');
    expect(result.stdout).toContain('proposed p1-on-sunday (on Sunday)');
  });

  it('merges the editor’s overrides, so re-running never loses their work', () => {
    const article = file('edited.txt', ARTICLE);
    file(
      'edited.overrides.json',
      JSON.stringify({
        implicit: [
          {
            passage: 'p1',
            region: 'ukraine',
            quote: 'Residents',
            note: 'Crimea is Ukraine’s, as recognised.',
          },
        ],
        acceptedEvents: [{ id: 'p1-on-sunday', summary: 'Sevastopol votes in a referendum.' }],
        rejectedMentions: [{ passage: 'p1', region: 'russia', text: 'Moscow' }],
      }),
    );
    const out = path.join(work, 'edited.json');
    for (let i = 0; i < 2; i++) expect(run(article, out).status).toBe(0);
    const story = JSON.parse(fs.readFileSync(out, 'utf8')) as Story;
    expect(story.events).toEqual([
      expect.objectContaining({
        id: 'p1-on-sunday',
        summary: 'Sevastopol votes in a referendum.',
        review: 'curated',
      }),
    ]);
    expect(story.passages[1]?.implicit).toEqual([
      expect.objectContaining({ region: 'ukraine', quote: 'Residents' }),
    ]);
    expect(story.passages[1]?.mentions.map((m) => m.text)).toEqual(['Sevastopol']);
  });

  it('drops a rejected proposal', () => {
    const article = file('rejected.txt', ARTICLE);
    file('rejected.overrides.json', JSON.stringify({ rejectedEvents: ['p1-on-sunday'] }));
    const out = path.join(work, 'rejected.json');
    expect(run(article, out).status).toBe(0);
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as Story).events).toEqual([]);
  });
});

describe('bad input: a message, a non-zero exit, nothing written', () => {
  it.each([
    ['an empty file', () => file('empty.txt', '  \n\n'), /empty\.txt: is empty/],
    [
      'a binary file',
      () => file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
      /photo\.txt: is not a text file \(binary data at byte 4\)/,
    ],
    [
      'a file over 1 MB',
      () => file('huge.txt', `Crimea. ${'x'.repeat(1024 * 1024)}`),
      /huge\.txt: is 1048584 bytes; an article must be at most 1 MB/,
    ],
    [
      'text with no known region',
      () => file('weather.txt', 'Rain in Paris\n\nIt rained in Paris on Monday.\n'),
      /weather\.txt: mentions none of the regions the map shows/,
    ],
    ['a missing file', () => path.join(work, 'nowhere.txt'), /nowhere\.txt: file not found/],
    [
      'malformed overrides',
      () => {
        file('broken.overrides.json', '{"implicit": [{"passage": 3}]}');
        return file('broken.txt', ARTICLE);
      },
      /broken\.overrides\.json: at implicit\[0\]\.passage/,
    ],
  ])('%s', (_name, make, problem) => {
    const out = path.join(work, 'never', 'written.json');
    const result = run(make(), out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content: failed, nothing written.');
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });
});
