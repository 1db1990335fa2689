import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * The policy the app is built to run under, and the one a host should send with dist/:
 * nothing from other origins, no eval, MapLibre's worker from our own files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  'frame-ancestors *',
].join('; ');

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: dist/ works from any folder of any static host.
  base: './',
  // Two pages and data files, no client-side routes: a missing file is a 404, as on any static host.
  appType: 'mpa',
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      input: { index: 'index.html', embed: 'embed.html' },
    },
  },
  server: { port: 5173 },
  // `npm start` and the browser tests serve the build under the strict policy.
  preview: { port: 4173, strictPort: false, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  test: {
    include: [
      'app/**/*.test.ts',
      'app/**/*.test.tsx',
      'geo/**/*.test.ts',
      'authoring/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 120_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/unit.json' },
    hookTimeout: 180_000,
  },
});
