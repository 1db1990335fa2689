/**
 * Lighthouse 12.2.3 on index.html and embed.html, desktop and mobile presets, in Debian's
 * Chromium (launched by Playwright with a debugging port Lighthouse connects to).
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';

const PORT = 9333;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

export type Scores = Record<string, Record<string, number | null>>;

export async function lighthouseScores(base: string): Promise<Scores> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
  });
  const scores: Scores = {};
  try {
    for (const page of ['index.html', 'embed.html']) {
      for (const preset of ['desktop', 'mobile'] as const) {
        const result = await lighthouse(
          `${base}${page}`,
          { port: PORT, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const categories = result?.lhr.categories ?? {};
        const audits = result?.lhr.audits ?? {};
        scores[`${page} ${preset}`] = {
          ...Object.fromEntries(CATEGORIES.map((c) => [c, categories[c]?.score ?? null])),
          tbtMs: audits['total-blocking-time']?.numericValue ?? null,
          lcpMs: audits['largest-contentful-paint']?.numericValue ?? null,
          cls: audits['cumulative-layout-shift']?.numericValue ?? null,
        };
        process.stdout.write(
          `  lighthouse ${page} ${preset}: ${JSON.stringify(scores[`${page} ${preset}`])}\n`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return scores;
}
