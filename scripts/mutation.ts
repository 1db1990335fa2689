/**
 * `npm run mutation`: runs StrykerJS (stryker.config.json) over the pure modules, then prints
 * the score per module and, last, one line: `mutation score: NN.N% (killed K of N)`.
 * Killed and timed-out mutants count as detected; mutants no test reaches count as survivors.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..');
const REPORT = path.join(ROOT, 'reports', 'mutation', 'mutation.json');

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

export function scores(report: Report) {
  const modules = new Map<string, { killed: number; total: number; survivors: string[] }>();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const module = path.dirname(file);
    const entry = modules.get(module) ?? { killed: 0, total: 0, survivors: [] };
    for (const m of mutants) {
      if (!COUNTED.has(m.status)) continue;
      entry.total++;
      if (DETECTED.has(m.status)) entry.killed++;
      else
        entry.survivors.push(
          `${file}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` → ${m.replacement.replace(/\s+/g, ' ').slice(0, 60)}` : ''}`,
        );
    }
    modules.set(module, entry);
  }
  return modules;
}

function main(): void {
  if (!process.argv.includes('--report-only')) {
    execFileSync('npx', ['stryker', 'run'], { cwd: ROOT, stdio: 'inherit' });
  }
  const report = JSON.parse(fs.readFileSync(REPORT, 'utf8')) as Report;
  const modules = scores(report);
  let killed = 0;
  let total = 0;
  console.log('\nmodule                     score    killed/total');
  for (const [module, m] of [...modules].sort()) {
    killed += m.killed;
    total += m.total;
    console.log(
      `${module.padEnd(27)}${((100 * m.killed) / m.total).toFixed(1).padStart(5)}%   ${m.killed}/${m.total}`,
    );
  }
  if (process.argv.includes('--survivors')) {
    for (const [, m] of modules) for (const s of m.survivors) console.log(`  survived: ${s}`);
  }
  console.log(`mutation score: ${((100 * killed) / total).toFixed(1)}% (killed ${killed} of ${total})`);
}

main();
