import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium.ts';

const PORT = 4317;
/** A development build of the same pages: React there names every hydration mismatch (e2e/first-paint.spec.ts). */
export const DEV_BUILD_PORT = 4318;

export default defineConfig({
  testDir: 'e2e',
  // Not the default test-results/: that folder also holds the unit report, which Playwright would wipe.
  outputDir: 'test-results/e2e-artifacts',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    reducedMotion: 'reduce',
    trace: 'off',
  },
  projects: [
    { name: 'chromium', testIgnore: /no-webgl\.spec\.ts/ },
    {
      name: 'no-webgl',
      testMatch: /no-webgl\.spec\.ts/,
      use: {
        launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-3d-apis'] },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite build --mode development --outDir dist-dev --logLevel warn && npx vite preview --outDir dist-dev --port ${DEV_BUILD_PORT} --strictPort --host 127.0.0.1`,
      env: { NODE_ENV: 'development' },
      url: `http://127.0.0.1:${DEV_BUILD_PORT}/`,
      timeout: 120_000,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
