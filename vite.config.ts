import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { paletteStylesheet } from './app/cartography/palette.ts';
import { BOOT_SCRIPT, pageHead, withHead } from './app/pageHead.ts';
import { readGeo } from './geo/published.ts';
import { defaultCard, readStoryFile } from './scripts/card.ts';
import { DEFAULT_STORY, oembedFiles, withDiscovery } from './scripts/oembed.ts';
import { publicAddress, withPublicAddress } from './scripts/publicAddress.ts';

/**
 * The policy the app is built to run under, and the one a host should send with dist/:
 * nothing from other origins, no eval, no inline script or style, MapLibre's worker from our
 * own files. Each source, and why, is in the README ("Content-Security-Policy").
 */
const POLICY: [string, string][] = [
  ['default-src', "'self'"],
  ['img-src', "'self' data:"],
  ['style-src', "'self'"],
  ['worker-src', "'self'"],
  ['base-uri', "'none'"],
  ['object-src', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', '*'],
];

export const CONTENT_SECURITY_POLICY = POLICY.map((d) => d.join(' ')).join('; ');

/** The same policy for a <meta> tag, for static hosts that send no header: a meta cannot carry frame-ancestors. */
export const META_CONTENT_SECURITY_POLICY = POLICY.filter(([name]) => name !== 'frame-ancestors')
  .map((d) => d.join(' '))
  .join('; ');

/** Writes the policy into each built page's head, before anything else loads. */
const cspMeta = (): Plugin => ({
  name: 'content-security-policy-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

/**
 * Both pages' head, written once (app/pageHead.ts) for the default story and its card, before
 * any other plugin reads the page: index.html and embed.html hold only its marker.
 */
const pageHeads = (): Plugin => ({
  name: 'page-head',
  transformIndexHtml: {
    order: 'pre',
    handler: (html, context) =>
      ['index.html', 'embed.html'].includes(path.basename(context.filename))
        ? withHead(html, `${pageHead(readStoryFile(readGeo()), defaultCard())}\n    ${BOOT_SCRIPT}`)
        : html,
  },
});

/** Absolute Open Graph addresses when the build is told the public one (PUBLIC_URL; scripts/publicAddress.ts). */
const openGraphAddress = (): Plugin => {
  const address = publicAddress(process.env.PUBLIC_URL);
  return {
    name: 'open-graph-address',
    apply: 'build',
    transformIndexHtml: (html, context) => withPublicAddress(html, path.basename(context.filename), address),
  };
};

/**
 * dist/_headers, for the static hosts that read one (Netlify, Cloudflare Pages): the policy as a
 * header (with frame-ancestors, which a meta tag cannot carry), and any origin may load the
 * files, as a sandboxed frame needs (README, "Embed it").
 */
const hostHeaders = (): Plugin => ({
  name: 'host-headers',
  apply: 'build',
  generateBundle() {
    const source = `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n  Access-Control-Allow-Origin: *\n`;
    this.emitFile({ type: 'asset', fileName: '_headers', source });
  },
});

/**
 * oEmbed (scripts/oembed.ts): a file per story in public/content, under oembed/, and the
 * discovery link in both pages; absolute under PUBLIC_URL.
 */
const oembed = (): Plugin => {
  const address = publicAddress(process.env.PUBLIC_URL);
  const read = (file: string) => fs.readFileSync(path.join(import.meta.dirname, file), 'utf8');
  const stories = () =>
    fs
      .readdirSync(path.join(import.meta.dirname, 'public', 'content'))
      .filter((file) => file.endsWith('.json'))
      .map((file) => ({
        name: file.replace(/\.json$/, ''),
        title: String(JSON.parse(read(`public/content/${file}`)).title),
      }));
  const titleOf = (name: string) => stories().find((story) => story.name === name)?.title ?? name;
  return {
    name: 'oembed',
    apply: 'build',
    transformIndexHtml: (html) => withDiscovery(html, address, titleOf(DEFAULT_STORY)),
    generateBundle() {
      for (const [fileName, source] of Object.entries(oembedFiles(stories(), address, defaultCard())))
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
};

const PALETTE_CSS = 'virtual:map-palette.css';

/**
 * The map's colours as CSS custom properties, generated from the one palette
 * (app/cartography/palette.ts): the built drawing and the legend paint with them.
 */
const paletteCss = (): Plugin => ({
  name: 'map-palette-css',
  resolveId: (id) => (id === PALETTE_CSS ? `\0${PALETTE_CSS}` : undefined),
  load: (id) => (id === `\0${PALETTE_CSS}` ? paletteStylesheet() : undefined),
});

/**
 * After the client build, the first view rendered into the built pages (scripts/prerender.tsx),
 * loaded through Vite's SSR module loader so the app's modules load as the bundler sees them.
 */
const prerender = (): Plugin => {
  let outDir = 'dist';
  return {
    name: 'prerender-first-view',
    apply: 'build',
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: async () => {
      const { createServer } = await import('vite');
      const server = await createServer({
        configFile: false,
        root: import.meta.dirname,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        // Modules load one by one in Node: nothing to pre-bundle for a browser.
        optimizeDeps: { noDiscovery: true, include: [] },
        plugins: [react()],
      });
      try {
        const { prerenderPages } = await server.ssrLoadModule('/scripts/prerender.tsx');
        prerenderPages(outDir);
      } finally {
        await server.close();
      }
    },
  };
};

/**
 * The built stylesheet loads without CORS (no `crossorigin`): inside a frame sandboxed without
 * allow-same-origin (WordPress's oEmbed frames) the page has no origin, so a CORS load needs
 * the host to send Access-Control-Allow-Origin; a plain one does not, and the built first view
 * (drawing, list, article) stays styled even where the scripts cannot load (README, "Embed it").
 */
const plainStylesheets = (): Plugin => ({
  name: 'plain-stylesheets',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/(<link rel="stylesheet") crossorigin/g, '$1'),
  },
});

/**
 * public/boot.js minified in the build, as the bundle is: its comments say why each line is
 * there, and the reader should not download them (the budget test reads dist/boot.js).
 */
const minifyBoot = (): Plugin => {
  let outDir = 'dist';
  return {
    name: 'minify-boot-js',
    apply: 'build',
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle: async () => {
      const { minify } = await import('vite');
      const file = path.join(outDir, 'boot.js');
      if (!fs.existsSync(file)) return;
      const result = await minify('boot.js', fs.readFileSync(file, 'utf8'), { compress: true, mangle: true });
      if (result.errors.length) throw new Error(`boot.js: ${result.errors.map((e) => e.message).join('; ')}`);
      fs.writeFileSync(file, result.code);
    },
  };
};

/**
 * The studio's pages (studio.html and its preview frame), built after the explainer's as a
 * build of their own into the same folder: they share the explainer's modules but not its
 * chunks, so the explainer's pages load exactly what they would without the studio.
 */
const studioPages = (): Plugin => {
  let outDir = 'dist';
  let mode = 'production';
  return {
    name: 'studio-pages',
    apply: 'build',
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
      mode = config.mode;
    },
    closeBundle: async () => {
      // The explainer's files, for the studio's "Download the explainer" (app/studio/bundle.ts).
      const files = fs
        .readdirSync(outDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) =>
          path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
        )
        .filter((file) => !file.startsWith('studio'))
        .sort();
      fs.writeFileSync(path.join(outDir, 'studio-files.json'), `${JSON.stringify(files, null, 1)}\n`);
      const { build } = await import('vite');
      await build({
        configFile: false,
        root: import.meta.dirname,
        mode,
        base: './',
        logLevel: 'warn',
        plugins: [react(), cspMeta(), paletteCss(), plainStylesheets()],
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          // Apart from the explainer's assets/: nothing of the studio is counted, listed or packed with them.
          assetsDir: 'studio-assets',
          target: 'es2022',
          chunkSizeWarningLimit: 2000,
          modulePreload: { polyfill: false },
          rollupOptions: { input: { studio: 'studio.html', 'studio-preview': 'studio-preview.html' } },
        },
      });
    },
  };
};

export default defineConfig({
  plugins: [
    pageHeads(),
    studioPages(),
    react(),
    cspMeta(),
    openGraphAddress(),
    oembed(),
    hostHeaders(),
    paletteCss(),
    plainStylesheets(),
    minifyBoot(),
    prerender(),
  ],
  // Relative asset URLs: dist/ works from any folder of any static host.
  base: './',
  // Two pages and data files, no client-side routes: a missing file is a 404, as on any static host.
  appType: 'mpa',
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs es2022 modules knows <link rel="modulepreload">: no polyfill.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: 'index.html', embed: 'embed.html' },
    },
  },
  server: { port: 5173 },
  // `npm start` and the browser tests serve the build under the strict policy.
  // Any page may load the app's files (Access-Control-Allow-Origin: *): a frame sandboxed
  // without allow-same-origin has no origin of its own, and loads even our modules with CORS.
  preview: {
    port: 4173,
    strictPort: false,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Access-Control-Allow-Origin': '*' },
  },
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
