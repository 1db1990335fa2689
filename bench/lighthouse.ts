/**
 * Lighthouse 12.2.3 on index.html and embed.html, desktop and mobile presets, in Debian's
 * Chromium (launched by Playwright with a debugging port Lighthouse connects to). Each page
 * and preset runs LIGHTHOUSE_RUNS times (default 3): the mobile preset's simulated 4× CPU
 * multiplies this shared machine's noise, so the median of each figure is reported, with the
 * lowest and highest performance score beside it.
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';

const PORT = 9333;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

export type Scores = Record<string, Record<string, number | null>>;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return s.length % 2 ? (s[Math.floor(mid)] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export async function lighthouseScores(base: string): Promise<Scores> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
  });
  const scores: Scores = {};
  try {
    for (const page of ['index.html', 'embed.html']) {
      for (const preset of ['desktop', 'mobile'] as const) {
        const runs: Record<string, number>[] = [];
        for (let run = 0; run < RUNS; run++) {
          const result = await lighthouse(
            `${base}${page}`,
            { port: PORT, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          const categories = result?.lhr.categories ?? {};
          const audits = result?.lhr.audits ?? {};
          runs.push({
            ...Object.fromEntries(CATEGORIES.map((c) => [c, categories[c]?.score ?? 0])),
            fcpMs: audits['first-contentful-paint']?.numericValue ?? 0,
            lcpMs: audits['largest-contentful-paint']?.numericValue ?? 0,
            tbtMs: audits['total-blocking-time']?.numericValue ?? 0,
            cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
          });
        }
        const keys = Object.keys(runs[0] ?? {});
        const performance = runs.map((r) => r.performance ?? 0);
        scores[`${page} ${preset}`] = {
          ...Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k] ?? 0))])),
          performanceMin: Math.min(...performance),
          performanceMax: Math.max(...performance),
          runs: runs.length,
        };
        process.stdout.write(
          `  lighthouse ${page} ${preset} (median of ${runs.length}): ${JSON.stringify(scores[`${page} ${preset}`])}\n`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return scores;
}
