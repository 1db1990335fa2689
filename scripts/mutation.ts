/**
 * `npm run mutation`: runs StrykerJS (stryker.config.json) over every module that
 * scripts/mutationScope.ts names, one module at a time (a run that instruments all of them at
 * once is about ten times slower: every test then runs against the instrumented whole), and
 * writes what it measured where it is read:
 * - `docs/mutation.md`: each module's score, the source it was measured on (a hash of the
 *   file) and the commit, and every surviving mutant;
 * - the README's table (between its markers): each folder's score and the overall one.
 * Both are written from the same rows, so they cannot disagree. A module changed since it was
 * measured loses its row and is listed as not measured, and `mutationScope.test.ts` fails CI
 * when the published rows or table are not what this script would write for today's code.
 *
 *   npm run mutation                   every module
 *   npm run mutation -- --stale        only modules that are new or changed since measured
 * Modules run smallest first, and each one's row is published as it finishes.
 *   npm run mutation -- app/state      only the modules under a folder (or one file)
 *   npm run mutation -- --report-only  rewrite the table and page from docs/mutation.md
 *
 * A partial run replaces the rows of the modules it ran and keeps the others. The last line
 * printed is `mutation score: NN.N% (killed K of N)` over every module measured.
 * Killed and timed-out mutants count as detected; mutants no test reaches count as survivors.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { WHY_SURVIVED } from './mutationNotes.ts';
import { mutatedModules, ROOT } from './mutationScope.ts';

export const DETAIL = path.join(ROOT, 'docs', 'mutation.md');
const README = path.join(ROOT, 'README.md');
const SHARDS = path.join(ROOT, 'reports', 'mutation', 'modules');
export const TABLE_START = '<!-- mutation table: written by npm run mutation -->';
export const TABLE_END = '<!-- end of mutation table -->';

/**
 * Modules whose related tests are too slow to run once per mutant here, measured against only
 * the test files named: fewer tests can only kill fewer mutants, so the score is a lower bound.
 * `cartography/labels.ts` is reached by every drawing test (65 s a run; Stryker estimated 11
 * hours for its 583 mutants); its own tests place names on the published map at every size.
 */
export const FOCUSED_TESTS: Readonly<Record<string, readonly string[]>> = {
  'app/cartography/labels.ts': [
    'app/cartography/labels.test.ts',
    'app/cartography/visiblePoints.test.ts',
    'app/cartography/labelRules.test.ts',
  ],
};

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  testsCompleted?: number;
  location: { start: { line: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

/** One module's measurement. */
export interface Row {
  module: string;
  killed: number;
  total: number;
  /** The first 8 hex digits of the SHA-256 of the module's source when it was measured. */
  source: string;
  date: string;
  commit: string;
  survivors: string[];
}

const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** Killed of counted mutants, and the survivors, of one module's Stryker report. */
export function tally(report: Report): Pick<Row, 'killed' | 'total' | 'survivors'> {
  let killed = 0;
  let total = 0;
  const survivors: string[] = [];
  for (const { mutants } of Object.values(report.files)) {
    for (const m of mutants) {
      if (!COUNTED.has(m.status)) continue;
      total++;
      if (DETECTED.has(m.status)) killed++;
      else {
        const replacement = m.replacement ? `: \`${m.replacement.replace(/\s+/g, ' ').slice(0, 70)}\`` : '';
        // A mutant that makes its module throw on import leaves Vitest no test to run, which
        // Stryker reports as a survivor (counted as one here: a lower bound, said as such).
        const reach =
          m.status === 'NoCoverage'
            ? ' (no test reaches it)'
            : m.testsCompleted === 0
              ? ' (no test ran: the module failed to load)'
              : '';
        survivors.push(`line ${m.location.start.line}, ${m.mutatorName}${replacement}${reach}`);
      }
    }
  }
  survivors.sort((a, b) => lineOf(a) - lineOf(b));
  return { killed, total, survivors };
}

const lineOf = (survivor: string) => Number(/^line (\d+)/.exec(survivor)?.[1] ?? 0);

export function percent(killed: number, total: number): string {
  return total === 0 ? '–' : `${((100 * killed) / total).toFixed(1)}%`;
}

const count = (n: number) => n.toLocaleString('en-GB');

/** docs/mutation.md: every module's row, then every survivor, under why they survive (`notes`). */
export function detailPage(rows: Row[], notes: Readonly<Record<string, string>> = WHY_SURVIVED): string {
  const sorted = [...rows].sort((a, b) => a.module.localeCompare(b.module));
  const lines = [
    '# Mutation testing: every module',
    '',
    'Written by `npm run mutation` (see the README, "Tests that can fail"); do not edit by hand.',
    '`source` is the first 8 hex digits of the SHA-256 of the module as measured: the unit tests',
    '(`scripts/mutationScope.test.ts`) fail when a module differs from it, so a score here is',
    "always the score of today's code.",
    '',
    `Measured against only their own test files, as the rest are too slow to run once per mutant (the score is a lower bound): ${Object.entries(
      FOCUSED_TESTS,
    )
      .map(([module, files]) => `\`${module}\` (${files.map((f) => `\`${f}\``).join(', ')})`)
      .join('; ')}.`,
    '',
    '| module | score | killed | mutants | source | measured |',
    '|---|---|---|---|---|---|',
    ...sorted.map(
      (r) =>
        `| \`${r.module}\` | ${percent(r.killed, r.total)} | ${r.killed} | ${r.total} | \`${r.source}\` | ${r.date} at \`${r.commit}\` |`,
    ),
    '',
    '## Surviving mutants',
    '',
  ];
  const withSurvivors = sorted.filter((r) => r.survivors.length > 0);
  if (withSurvivors.length === 0) lines.push('None.', '');
  for (const r of withSurvivors) {
    const why = notes[r.module];
    lines.push(
      `### \`${r.module}\``,
      '',
      ...(why ? [`Why: ${why}`, ''] : []),
      ...r.survivors.map((s) => `- ${s}`),
      '',
    );
  }
  return lines.join('\n');
}

/** The rows docs/mutation.md holds (the inverse of detailPage). */
export function readDetail(text: string): Row[] {
  const rows = new Map<string, Row>();
  const row = /^\| `([^`]+)` \| [^|]+ \| (\d+) \| (\d+) \| `([0-9a-f]{8})` \| (\S+) at `([^`]+)` \|$/;
  let section: Row | undefined;
  for (const line of text.split('\n')) {
    const m = row.exec(line);
    if (m) {
      const [, module = '', killed, total, source = '', date = '', commit = ''] = m;
      rows.set(module, {
        module,
        killed: Number(killed),
        total: Number(total),
        source,
        date,
        commit,
        survivors: [],
      });
      continue;
    }
    const heading = /^### `([^`]+)`$/.exec(line);
    if (heading) section = rows.get(heading[1] ?? '');
    else if (section && line.startsWith('- ')) section.survivors.push(line.slice(2));
  }
  return [...rows.values()];
}

const folderOf = (module: string) => path.posix.dirname(module);

/** The README's table: each folder, its weakest module, and all. */
export function readmeTable(rows: Row[], scope: string[]): string {
  const measured = new Set(rows.map((r) => r.module));
  const unmeasured = scope.filter((m) => !measured.has(m));
  const folders = new Map<string, Row[]>();
  for (const r of [...rows].sort((a, b) => a.module.localeCompare(b.module))) {
    folders.set(folderOf(r.module), [...(folders.get(folderOf(r.module)) ?? []), r]);
  }
  const killed = rows.reduce((n, r) => n + r.killed, 0);
  const total = rows.reduce((n, r) => n + r.total, 0);
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  const commits = [...new Set(rows.map((r) => r.commit))];
  const lines = [
    TABLE_START,
    rows.length === 0
      ? '(not measured yet: run `npm run mutation`)'
      : `Measured on ${dates.length > 1 ? `${dates[0]} to ${dates.at(-1)}` : dates[0]} at ${commits.length === 1 ? `commit \`${commits[0]}\`` : `${commits.length} commits`} over ${rows.length} modules (each module's row, source hash and surviving mutants: \`docs/mutation.md\`).`,
    '',
    '| folder | modules | mutants killed | score | weakest module |',
    '|---|---|---|---|---|',
  ];
  for (const [folder, members] of folders) {
    const k = members.reduce((n, r) => n + r.killed, 0);
    const t = members.reduce((n, r) => n + r.total, 0);
    const weakest = members
      .filter((r) => r.total > 0)
      .sort((a, b) => a.killed / a.total - b.killed / b.total)[0];
    lines.push(
      `| \`${folder}\` | ${members.length} | ${count(k)} of ${count(t)} | ${percent(k, t)} | ${weakest ? `\`${path.posix.basename(weakest.module)}\` ${percent(weakest.killed, weakest.total)}` : '–'} |`,
    );
  }
  lines.push(
    `| **all** | **${rows.length}** | **${count(killed)} of ${count(total)}** | **${percent(killed, total)}** | |`,
  );
  if (unmeasured.length > 0)
    lines.push(
      '',
      `Not measured on their current source (new, or changed since): ${unmeasured.map((m) => `\`${m}\``).join(', ')}.`,
    );
  lines.push(TABLE_END);
  return lines.join('\n');
}

/** `text` with the part between the table's markers replaced by `table`. */
export function withTable(text: string, table: string): string {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`README.md: the mutation table's markers are missing (${TABLE_START} … ${TABLE_END})`);
  return text.slice(0, start) + table + text.slice(end + TABLE_END.length);
}

const slug = (module: string) => module.replace(/[/.]/g, '_');

function runModule(module: string, commit: string): Row {
  fs.mkdirSync(SHARDS, { recursive: true });
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'stryker.config.json'), 'utf8'));
  const config = path.join(SHARDS, `${slug(module)}.config.json`);
  const report = path.join(SHARDS, `${slug(module)}.json`);
  const source = fs.readFileSync(path.join(ROOT, module), 'utf8');
  fs.writeFileSync(
    config,
    JSON.stringify(
      {
        ...base,
        $schema: undefined,
        mutate: [module],
        reporters: ['progress', 'json'],
        jsonReporter: { fileName: path.relative(ROOT, report) },
        // A focused module's test files reach Vitest through the environment (vitest.mutation.config.ts
        // reads MUTATION_TESTS): a configuration file written here would not be in Stryker's sandbox,
        // which leaves out reports/.
        ...(FOCUSED_TESTS[module] ? { vitest: { ...base.vitest, related: false } } : {}),
      },
      null,
      2,
    ),
  );
  const focused = FOCUSED_TESTS[module];
  execFileSync('npx', ['stryker', 'run', path.relative(ROOT, config)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_TESTS: focused ? focused.join(',') : '' },
  });
  const counts = tally(JSON.parse(fs.readFileSync(report, 'utf8')) as Report);
  return {
    module,
    ...counts,
    source: sourceHash(source),
    date: new Date().toISOString().slice(0, 10),
    commit,
  };
}

/** The rows that describe a mutated module as it is now: a module changed since it was measured has none. */
export function currentRows(
  rows: Row[],
  scope: string[],
  read = (module: string) => fs.readFileSync(path.join(ROOT, module), 'utf8'),
): Row[] {
  return rows.filter((r) => scope.includes(r.module) && r.source === sourceHash(read(r.module)));
}

function publish(rows: Row[], scope: string[]): void {
  const inScope = currentRows(rows, scope);
  fs.writeFileSync(DETAIL, detailPage(inScope));
  fs.writeFileSync(README, withTable(fs.readFileSync(README, 'utf8'), readmeTable(inScope, scope)));
}

function main(): void {
  const args = process.argv.slice(2);
  const scope = mutatedModules();
  const known = new Map(
    fs.existsSync(DETAIL) ? readDetail(fs.readFileSync(DETAIL, 'utf8')).map((r) => [r.module, r]) : [],
  );
  const prefixes = args.filter((a) => !a.startsWith('--'));
  let chosen = scope;
  if (prefixes.length > 0)
    chosen = scope.filter((m) => prefixes.some((p) => m === p || m.startsWith(`${p.replace(/\/$/, '')}/`)));
  if (args.includes('--stale')) {
    chosen = chosen.filter(
      (m) => known.get(m)?.source !== sourceHash(fs.readFileSync(path.join(ROOT, m), 'utf8')),
    );
  }
  // Smallest first: each module's rows are published as it finishes, so a run cut short has
  // measured as many modules as it could.
  const size = (m: string) => fs.statSync(path.join(ROOT, m)).size;
  chosen = [...chosen].sort((a, b) => size(a) - size(b));
  if (args.includes('--report-only')) chosen = [];
  if (prefixes.length > 0 && chosen.length === 0) {
    throw new Error(
      `npm run mutation: no mutated module under ${prefixes.join(', ')} (see scripts/mutationScope.ts)`,
    );
  }
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  const failed: string[] = [];
  chosen.forEach((module, i) => {
    console.log(`\n[${i + 1} of ${chosen.length}] ${module}`);
    try {
      known.set(module, runModule(module, commit));
    } catch {
      failed.push(module); // Stryker has said why (a failing test in its first run, usually)
      return;
    }
    publish([...known.values()], scope);
  });
  publish([...known.values()], scope);
  const rows = currentRows([...known.values()], scope).sort((a, b) => a.module.localeCompare(b.module));
  console.log('\nmodule                                        score    killed/total');
  for (const r of rows)
    console.log(`${r.module.padEnd(46)}${percent(r.killed, r.total).padStart(6)}   ${r.killed}/${r.total}`);
  const killed = rows.reduce((n, r) => n + r.killed, 0);
  const total = rows.reduce((n, r) => n + r.total, 0);
  console.log(`mutation score: ${percent(killed, total)} (killed ${killed} of ${total})`);
  if (failed.length > 0) {
    console.error(`Stryker could not measure ${failed.join(', ')} (see its messages above)`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
