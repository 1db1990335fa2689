import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: dist/ works from any folder of any static host.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: false },
  test: {
    include: ['app/**/*.test.ts', 'app/**/*.test.tsx', 'geo/**/*.test.ts', 'authoring/**/*.test.ts'],
    testTimeout: 120_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/unit.json' },
    hookTimeout: 180_000,
  },
});
