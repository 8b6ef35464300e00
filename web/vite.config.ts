/** Vite build of the Stride web app: Preact, a strict CSP in the page, a generated offline service worker, and brotli and gzip copies of every text file. */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { cspPlugin } from './build/csp.js';
import { knowledgeTextsPlugin } from './build/knowledge-texts.js';
import { precompressPlugin } from './build/precompress.js';
import { routePreloadPlugin } from './build/route-preload.js';
import { serviceWorkerPlugin } from './build/service-worker.js';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  // Relative URLs: the built page works from any path the server mounts it on, and from file copies.
  base: './',
  plugins: [preact(), knowledgeTextsPlugin(), cspPlugin(), routePreloadPlugin(), serviceWorkerPlugin(), precompressPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill would be dead weight: every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // Chunks loaded on demand (uPlot, the clinician summary) go to assets/lazy/, so the first-load
    // size budget (.size-limit.json) measures what every visitor downloads, and they get their own.
    rolldownOptions: {
      output: {
        chunkFileNames: 'assets/lazy/[name]-[hash].js',
      },
    },
  },
  // The progress worker (web/src/state/progress-worker.ts) is fetched after the first screen is shown: on demand, so in assets/lazy/.
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        entryFileNames: 'assets/lazy/[name]-[hash].js',
        chunkFileNames: 'assets/lazy/[name]-[hash].js',
      },
    },
  },
  server: {
    host: '127.0.0.1',
    // The engine lives in ../src; the dev server must be allowed to read it.
    fs: { allow: [repoRoot] },
  },
});
