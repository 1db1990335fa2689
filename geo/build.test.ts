/**
 * The pipeline as a build: the same input gives the same bytes, the committed layers are a
 * fresh build, and bad input stops it with a message naming the file, writing nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLayers, OUT_DIR, OUTPUT_FILES } from './build.ts';
import { GeoSourceError, SOURCE_FILES, SOURCES_DIR } from './sources.ts';

describe('the build is reproducible', () => {
  let first: Record<string, string>;
  let second: Record<string, string>;
  beforeAll(async () => {
    first = await buildLayers();
    second = await buildLayers();
  });

  it('gives identical bytes when run twice', () => {
    expect(Object.keys(first).sort()).toEqual(Object.values(OUTPUT_FILES).sort());
    for (const name of Object.keys(first)) expect(second[name], name).toBe(first[name]);
  });

  it('matches the committed files in public/data (run `npm run geo` after changing geo/)', () => {
    for (const [name, text] of Object.entries(first)) {
      const committed = fs.readFileSync(path.join(OUT_DIR, name), 'utf8');
      expect(committed === text, `${name} differs from a fresh build`).toBe(true);
    }
  });
});

describe('bad input stops the build and writes nothing', () => {
  let work: string;
  const tsx = path.join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
  const script = path.join(import.meta.dirname, 'build.ts');

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'geo-bad-input-'));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  /** A copy of the sources with one file changed, and an output folder holding a sentinel. */
  function scenario(name: string, change: (sources: string) => void): { sources: string; out: string } {
    const sources = path.join(work, name, 'sources');
    const out = path.join(work, name, 'out');
    fs.cpSync(SOURCES_DIR, sources, { recursive: true });
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'regions.geojson'), 'previous build');
    change(sources);
    return { sources, out };
  }

  const disputed = SOURCE_FILES.disputed;
  const cases: [string, (dir: string) => void, RegExp][] = [
    ['missing file', (dir) => fs.rmSync(path.join(dir, disputed)), /file not found/],
    [
      'truncated file',
      (dir) => {
        const file = path.join(dir, disputed);
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 2000));
      },
      /not valid JSON/,
    ],
    [
      'wrong shape',
      (dir) => fs.writeFileSync(path.join(dir, disputed), '{"type":"Feature"}'),
      /expected a GeoJSON FeatureCollection/,
    ],
    [
      'a region missing from its source',
      (dir) => {
        const file = path.join(dir, disputed);
        const json = JSON.parse(fs.readFileSync(file, 'utf8'));
        json.features = json.features.filter(
          (f: { properties: { BRK_NAME: string } }) => f.properties.BRK_NAME !== 'Crimea',
        );
        fs.writeFileSync(file, JSON.stringify(json));
      },
      /no feature for "Crimea"/,
    ],
  ];

  it.each(cases)('%s: names the file and the problem (in-process)', async (name, change, problem) => {
    const { sources } = scenario(`lib-${name.replaceAll(' ', '-')}`, change);
    const error = await buildLayers(sources).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeoSourceError);
    expect((error as GeoSourceError).file).toBe(path.join(sources, disputed));
    expect((error as Error).message).toMatch(problem);
  });

  it.each(cases)(
    '%s: `npm run geo` exits non-zero and leaves the output untouched',
    (name, change, problem) => {
      const { sources, out } = scenario(`cli-${name.replaceAll(' ', '-')}`, change);
      let stderr = '';
      let status = 0;
      try {
        execFileSync(tsx, [script, sources, out], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        const failed = error as { status: number; stderr: string };
        status = failed.status;
        stderr = failed.stderr;
      }
      expect(status).toBe(1);
      expect(stderr).toContain('build failed, nothing written');
      expect(stderr).toContain(disputed);
      expect(stderr).toMatch(problem);
      expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(fs.readdirSync(out)).toEqual(['regions.geojson']);
      expect(fs.readFileSync(path.join(out, 'regions.geojson'), 'utf8')).toBe('previous build');
    },
  );
});
