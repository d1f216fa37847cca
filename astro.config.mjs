// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { themeScript, cspHash } from './src/lib/themeScript.ts';
import { rehypeTableWrap } from './src/lib/markdown/rehypeTableWrap.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { chunkUrl } from './src/integrations/chunkUrl.ts';

/*
 * BASE_PATH lets the same site be built for a sub-path (e.g. https://example.org/courses/eco/);
 * the e2e suite builds it that way too, so links that forget the base are caught.
 */
const base = process.env['BASE_PATH'] ?? '/';

export default defineConfig({
  base,
  outDir: process.env['OUT_DIR'] ?? './dist',
  // The content-error tests sync fixture folders (COURSE_CONTENT_DIR) with a cache of their own.
  cacheDir: process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { rehypePlugins: [rehypeTableWrap] },
  integrations: [mdx(), preact(), pagefindIndex()],
  vite: {
    plugins: [chunkUrl()],
    build: {
      rollupOptions: {
        output: {
          /*
           * The progress model (record codecs, storage area, keys) is read by the marks script on every page
           * and by every island. Left to itself, Rollup splits it into a chunk per combination of importers,
           * and each small file costs its own gzip overhead and request: one chunk is smaller in total.
           */
          manualChunks(id) {
            if (
              /src\/lib\/(progress\/(recordCodec|storageArea|quizRecord|gameRecord)|storageKeys|quiz\/(scoring|quizIds)|game\/formatDuration)\.ts$/.test(
                id,
              )
            ) {
              return 'progress-model';
            }
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
