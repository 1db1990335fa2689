/**
 * The unit tests that exercise the modules `npm run mutation` mutates: everything but the geo
 * pipeline's tests (it is not mutated, and they rebuild every layer) and the content tool's
 * command-line test (it runs the tool in child processes, which never see a mutant).
 * `include` and `exclude` are set after merging: `mergeConfig` would join them to the base's
 * lists and run the geo tests after all.
 */
import { mergeConfig } from 'vitest/config';
import base from './vite.config.ts';

const config = mergeConfig(base, { test: { reporters: ['default'] } });
config.test.include = ['app/**/*.test.{ts,tsx}', 'authoring/**/*.test.ts', 'scripts/**/*.test.ts'];
config.test.exclude = ['authoring/cli.test.ts', '**/node_modules/**'];
// A module measured against only its own tests (FOCUSED_TESTS in scripts/mutation.ts) names them here.
if (process.env.MUTATION_TESTS) config.test.include = process.env.MUTATION_TESTS.split(',');

export default config;
