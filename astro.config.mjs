// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { themeScript, cspHash } from './src/lib/themeScript.ts';
import { rehypeTableWrap } from './src/lib/markdown/rehypeTableWrap.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { chunkUrl } from './src/integrations/chunkUrl.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';

/*
 * BASE_PATH lets the same site be built for a sub-path (e.g. https://example.org/courses/eco/);
 * the e2e suite builds it that way too, so links that forget the base are caught.
 */
const base = process.env['BASE_PATH'] ?? '/';

/** What every island loads as it hydrates, bundled as one chunk (see manualChunks below). */
const ISLAND_CORE =
  /preload-helper|node_modules\/(preact\/(dist|hooks|jsx-runtime)|nanostores|@nanostores)\/|src\/lib\/progress\/(recordCodec|progressStore|quizRecord|quizProgress|attemptHistory)\.ts$|src\/islands\/(shared\/[^/]+|quiz\/ScoreSummary)\.tsx?$|src\/lib\/activities\.ts$/;

export default defineConfig({
  base,
  outDir: process.env['OUT_DIR'] ?? './dist',
  // The content-error tests sync fixture folders (COURSE_CONTENT_DIR) with a cache of their own.
  cacheDir: process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { rehypePlugins: [rehypeTableWrap] },
  // The service worker comes last: it precaches what Pagefind has written. The downloadable copy
  // (COURSE_EDITION=file, opened from disk) can have no service worker.
  integrations: [mdx(), preact(), pagefindIndex(), ...(process.env['COURSE_EDITION'] === 'file' ? [] : [serviceWorker()])],
  vite: {
    plugins: [chunkUrl()],
    build: {
      rollupOptions: {
        output: {
          /*
           * Two shared chunks. 'progress-core': what the marks script on every page reads progress with (storage area, keys, field readers, the
           * summary), which the islands use too. Left to itself, Rollup splits it into a chunk per
           * combination of importers, and each small file costs its own gzip overhead and request: one chunk
           * is smaller in total. Only these: a module listed here brings everything any page uses of it into
           * every page's download (the full record readers stay with the islands). 'island-core': what
           * every island loads before the learner does anything (Preact, the stores, the quiz record
           * reader, the shared island parts), one download instead of five.
           */
          manualChunks(id) {
            if (/src\/lib\/(progress\/(storageArea|recordFields|progressSummary)|storageKeys|quiz\/(passMark|quizIds))\.ts$/.test(id)) {
              return 'progress-core';
            }
            // What the home page shows beyond the marks, shared with the progress page and the games: one
            // download instead of two tiny ones on the home page, whose JavaScript must stay under 3 KB.
            if (/src\/lib\/(progress\/courseProgress|game\/formatDuration)\.ts$/.test(id)) return 'course-summary';
            if (ISLAND_CORE.test(id)) return 'island-core';
            return undefined;
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    csp: {
      // frame-ancestors is ignored in a <meta> policy: the README lists it among the headers to set.
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: {
        hashes: [/** @type {`sha256-${string}`} */ (cspHash(themeScript))],
        // Setting resources replaces Astro's 'self', so it is listed. 'wasm-unsafe-eval' (and nothing wider)
        // lets Pagefind compile its WebAssembly on the page when it cannot use a worker.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
    },
  },
});
