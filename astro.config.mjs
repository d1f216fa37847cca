// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { themeScript, cspHash } from './src/lib/themeScript.ts';
import { rehypeTableWrap } from './src/lib/markdown/rehypeTableWrap.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { chunkUrl } from './src/integrations/chunkUrl.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';
import { fileEditionSources } from './src/integrations/fileEditionSources.ts';
import { downloadableCopyFile } from './src/integrations/downloadableCopy.ts';
import { FILE_EDITION_BASE } from './src/lib/export/fileEdition.ts';

/*
 * BASE_PATH lets the same site be built for a sub-path (e.g. https://example.org/courses/eco/);
 * the e2e suite builds it that way too, so links that forget the base are caught.
 */
const base = process.env['BASE_PATH'] ?? '/';

/*
 * COURSE_EDITION=file builds the downloadable copy's pages (src/export/exportSite.ts runs it): under a marker
 * base path that the exporter turns into relative links, without search (Pagefind cannot run from files) and
 * without the copy itself to download. Every other build is the site served online.
 */
const fileEdition = process.env['COURSE_EDITION'] === 'file';

/** What every island loads as it hydrates, bundled as one chunk (see manualChunks below). */
const ISLAND_CORE =
  /preload-helper|node_modules\/(preact\/(dist|hooks|jsx-runtime)|nanostores|@nanostores)\/|src\/lib\/progress\/(recordCodec|progressStore|quizRecord|quizProgress|attemptHistory)\.ts$|src\/islands\/(shared\/[^/]+|quiz\/ScoreSummary)\.tsx?$|src\/lib\/(activities|quiz\/seeds)\.ts$/;

export default defineConfig({
  base: fileEdition ? FILE_EDITION_BASE : base,
  // Where the site is online (e.g. https://example.org/courses/eco/), if known: the downloadable copy links to it for search.
  ...(process.env['SITE_URL'] ? { site: process.env['SITE_URL'] } : {}),
  outDir: process.env['OUT_DIR'] ?? './dist',
  // The content-error tests sync fixture folders (COURSE_CONTENT_DIR) with a cache of their own.
  cacheDir: process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { rehypePlugins: [rehypeTableWrap] },
  // The service worker comes last: it precaches what Pagefind has written (and leaves out the zip). The
  // downloadable copy, opened from disk, can have neither search nor a service worker.
  integrations: [mdx(), preact(), ...(fileEdition ? [] : [pagefindIndex(), downloadableCopyFile(), serviceWorker()])],
  vite: {
    plugins: [chunkUrl(), ...(fileEdition ? [fileEditionSources()] : [])],
    build: {
      // The file edition keeps every page script in its own chunk, so the exporter can tell which source it came from.
      ...(fileEdition ? { assetsInlineLimit: 0 } : {}),
      rollupOptions: {
        output: {
          /*
           * Two shared chunks. 'progress-core': what the marks script on every page reads progress with (storage area, keys, field readers, the
           * summary), which the islands use too. Left to itself, Rollup splits it into a chunk per
           * combination of importers, and each small file costs its own gzip overhead and request: one chunk
           * is smaller in total. Only these: a module listed here brings everything any page uses of it into
           * every page's download (the full record readers stay with the islands). 'island-core': what
           * every island loads before the learner does anything (Preact, the stores, the quiz record
           * reader, the shared island parts, the seeds a quiz or the exam starts from), one download instead of five.
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
