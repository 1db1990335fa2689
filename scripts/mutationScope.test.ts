/**
 * The README's mutation table and docs/mutation.md are what `npm run mutation` measured on
 * today's code: every mutated module has a row, measured on the source it has now.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  currentRows,
  DETAIL,
  detailPage,
  type Row,
  readDetail,
  readmeTable,
  sourceHash,
  TABLE_END,
  TABLE_START,
  tally,
  withTable,
} from './mutation.ts';
import { WHY_SURVIVED } from './mutationNotes.ts';
import { allModules, LEFT_OUT, missingLeftOut, mutatedModules, ROOT } from './mutationScope.ts';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('what is mutated', () => {
  it('is every module of app/ and authoring/ but the listed input and output, each with its reason', () => {
    expect(missingLeftOut()).toEqual([]);
    for (const reason of Object.values(LEFT_OUT)) expect(reason.length).toBeGreaterThan(15);
    expect(mutatedModules().length + Object.keys(LEFT_OUT).length).toBe(allModules().length);
    expect(mutatedModules()).toContain('app/state/urlSync.ts');
    expect(mutatedModules()).toContain('app/map/maplibre/layers.ts');
    expect(mutatedModules().some((m) => m.endsWith('.test.ts') || m.endsWith('.tsx'))).toBe(false);
  });
});

describe('the published figures', () => {
  const rows = readDetail(fs.readFileSync(DETAIL, 'utf8'));

  it('describe each module as it is now: a module changed since measured has no row', () => {
    const stale = rows.filter((r) => r.source !== sourceHash(read(r.module))).map((r) => r.module);
    expect(
      stale,
      'modules changed since measured: run npm run mutation -- --stale (or -- --report-only)',
    ).toEqual([]);
    expect(rows.map((r) => r.module).filter((m) => !mutatedModules().includes(m))).toEqual([]);
  });

  it('say why the mutants of each module survive, and nothing of a module with none', () => {
    const unexplained = rows.filter((r) => r.survivors.length > 0 && !WHY_SURVIVED[r.module]);
    expect(
      unexplained.map((r) => r.module),
      'modules whose survivors have no note in scripts/mutationNotes.ts',
    ).toEqual([]);
    for (const [module, why] of Object.entries(WHY_SURVIVED)) {
      expect(mutatedModules(), `${module} in scripts/mutationNotes.ts`).toContain(module);
      expect(rows.find((r) => r.module === module)?.survivors.length, `${module} has no survivors`).not.toBe(
        0,
      );
      expect(why.length).toBeGreaterThan(20);
    }
  });

  it('are the same in the README and in docs/mutation.md', () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf(TABLE_START), readme.indexOf(TABLE_END) + TABLE_END.length);
    expect(table).toBe(readmeTable(rows, mutatedModules()));
    expect(fs.readFileSync(DETAIL, 'utf8')).toBe(detailPage(rows));
  });
});

describe('the table and page', () => {
  const row = (module: string, killed: number, total: number, survivors: string[] = []): Row => ({
    module,
    killed,
    total,
    source: 'abcdef01',
    date: '2026-12-06',
    commit: '1234567',
    survivors,
  });

  it('count killed and timed-out mutants as detected, survivors and unreached ones as not, and ignore the rest', () => {
    const mutant = (status: string, line: number) => ({
      status,
      mutatorName: 'EqualityOperator',
      replacement: 'a  <\n b',
      location: { start: { line } },
    });
    const counted = tally({
      files: {
        'a.ts': {
          mutants: [
            mutant('Killed', 1),
            mutant('Timeout', 2),
            mutant('Survived', 9),
            mutant('NoCoverage', 3),
            { ...mutant('Survived', 7), testsCompleted: 0 },
            mutant('CompileError', 4),
            mutant('Ignored', 5),
          ],
        },
      },
    });
    expect(counted.killed).toBe(2);
    expect(counted.total).toBe(5);
    expect(counted.survivors).toEqual([
      'line 3, EqualityOperator: `a < b` (no test reaches it)',
      'line 7, EqualityOperator: `a < b` (no test ran: the module failed to load)',
      'line 9, EqualityOperator: `a < b`',
    ]);
  });

  it('read back what they wrote', () => {
    const rows = [row('app/b/y.ts', 3, 4, ['line 2, BooleanLiteral: `false`']), row('app/a/x.ts', 10, 10)];
    expect(readDetail(detailPage(rows))).toEqual([rows[1], rows[0]]);
    const noted = detailPage(rows, { 'app/b/y.ts': 'the flag cannot change the link' });
    expect(noted).toContain('### `app/b/y.ts`\n\nWhy: the flag cannot change the link\n\n- line 2');
    expect(readDetail(noted)).toEqual([rows[1], rows[0]]);
  });

  it('sum each folder, name its weakest module and list modules not yet measured', () => {
    const table = readmeTable(
      [row('app/a/x.ts', 9, 10), row('app/a/w.ts', 1, 2), row('app/b/y.ts', 1000, 1000)],
      ['app/a/x.ts', 'app/a/w.ts', 'app/b/y.ts', 'app/c/z.ts'],
    );
    expect(table).toContain('| `app/a` | 2 | 10 of 12 | 83.3% | `w.ts` 50.0% |');
    expect(table).toContain('| `app/b` | 1 | 1,000 of 1,000 | 100.0% | `y.ts` 100.0% |');
    expect(table).toContain('| **all** | **3** | **1,010 of 1,012** | **99.8%** | |');
    expect(table).toContain('Not measured on their current source (new, or changed since): `app/c/z.ts`.');
    expect(table).toContain('Measured on 2026-12-06 at commit `1234567` over 3 modules');
  });

  it('keep no row for a module changed since it was measured, or no longer mutated', () => {
    const now = { 'app/a/x.ts': 'export const x = 1;\n', 'app/a/w.ts': 'export const w = 2;\n' };
    const measured = [
      { ...row('app/a/x.ts', 1, 1), source: sourceHash(now['app/a/x.ts']) },
      { ...row('app/a/w.ts', 1, 1), source: sourceHash('export const w = 1;\n') },
      { ...row('app/a/gone.ts', 1, 1), source: sourceHash('') },
    ];
    const read = (m: string) => now[m as keyof typeof now] ?? '';
    expect(currentRows(measured, ['app/a/x.ts', 'app/a/w.ts'], read).map((r) => r.module)).toEqual([
      'app/a/x.ts',
    ]);
  });

  it('replace only what lies between the markers, and say so when they are missing', () => {
    const text = `before\n${TABLE_START}\nold\n${TABLE_END}\nafter`;
    expect(withTable(text, `${TABLE_START}\nnew\n${TABLE_END}`)).toBe(
      `before\n${TABLE_START}\nnew\n${TABLE_END}\nafter`,
    );
    expect(() => withTable('no markers', 'x')).toThrow(/markers are missing/);
  });
});
