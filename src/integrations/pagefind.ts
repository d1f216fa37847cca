import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

const UNUSED = /^(pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;

/**
 * Indexes the built site with Pagefind as the last step of `astro build`, into `<outDir>/pagefind/`, so a
 * sub-path build (OUT_DIR, BASE_PATH) gets its own index. Pages mark what is indexed: lesson articles and
 * the glossary carry `data-pagefind-body`, and quizzes and games inside them `data-pagefind-ignore`, so
 * search never becomes an answer key. Indexing problems fail the build, naming what went wrong.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'course-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The site searches through its own small dialog over pagefind.search(): Pagefind's ready-made UIs
        // (and the index for pages of unknown language; every page is English) are never loaded, so they
        // are not shipped, which keeps the offline copy small.
        for (const file of readdirSync(join(site, 'pagefind'))) {
          if (UNUSED.test(file)) rmSync(join(site, 'pagefind', file));
        }
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
