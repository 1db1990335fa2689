import path from 'node:path';
import { defineConfig } from 'vite';

/** Builds the floor page with the same bundler settings as the app, beside it in dist-bench/. */
export default defineConfig({
  root: path.join(import.meta.dirname, 'floor'),
  base: './',
  publicDir: path.join(import.meta.dirname, '..', 'public'),
  build: {
    target: 'es2022',
    outDir: path.join(import.meta.dirname, '..', 'dist-bench', 'floor'),
    emptyOutDir: true,
    copyPublicDir: true,
  },
  logLevel: 'warn',
});
