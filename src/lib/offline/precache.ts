/*
 * What the service worker keeps for offline use: one place, read by the build step that writes the worker
 * (src/integrations/serviceWorker.ts), the page script that registers it, the bench and the tests.
 */

/** The worker's file name, at the site's base; its scope is the base, so it serves the whole course. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Every file of the built site, except the worker itself and the downloadable copy (a zip of this very
 * site: keeping it twice would double what installing costs).
 */
export const precacheGlobs: { globPatterns: string[]; globIgnores: string[] } = {
  globPatterns: ['**/*'],
  globIgnores: [SERVICE_WORKER_FILE, '**/*.zip'],
};

/**
 * Query parameters that do not change what a precached file holds. `ts`: Pagefind asks for
 * `pagefind-entry.json?ts=<now>` on every search, and search fails offline unless the precache ignores
 * it. `draw`: the exam page reads the draw number from its link (`/exam/?draw=4242`); it is the same page.
 */
export const PRECACHE_IGNORED_PARAMS = [/^utm_/, /^ts$/, /^draw$/];
