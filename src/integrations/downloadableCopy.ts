import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { downloadableCopy, ZIP_PATH } from '../data/downloadableCopy';

/**
 * Puts the downloadable copy (the zip `npm run export` made) into the online site, where the home page links
 * to it. Without it, the home page offers no download and the build says why.
 */
export function downloadableCopyFile(): AstroIntegration {
  return {
    name: 'course-downloadable-copy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const copy = downloadableCopy();
        if (!copy) {
          logger.warn(`no downloadable copy at ${ZIP_PATH}: run "npm run export" before "astro build" (npm run build does)`);
          return;
        }
        copyFileSync(ZIP_PATH, join(fileURLToPath(dir), copy.fileName));
        logger.info(`the downloadable copy is ${(copy.bytes / 1024).toFixed(1)} KB`);
      },
    },
  };
}
