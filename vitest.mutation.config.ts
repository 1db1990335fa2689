/**
 * The unit tests that exercise the modules `npm run mutation` mutates: everything but the geo
 * pipeline's tests (it is not mutated, and they rebuild every layer) and the content tool's
 * command-line test (it runs the tool in child processes, which never see a mutant).
 */
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config.ts';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['app/**/*.test.ts', 'authoring/**/*.test.ts', 'scripts/**/*.test.ts'],
      exclude: ['authoring/cli.test.ts', '**/node_modules/**'],
      reporters: ['default'],
    },
  }),
);
