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
 * Query parameters never change what a precached file holds: every file is static, and a page that reads
 * its parameters does so itself (the exam's `?draw=4242`). So all are ignored when matching the precache:
 * Pagefind's `pagefind-entry.json?ts=<now>` (search fails offline otherwise), tracking parameters a link
 * picked up in an e-mail or an LMS, and the draw.
 */
export const PRECACHE_IGNORED_PARAMS = [/./];
