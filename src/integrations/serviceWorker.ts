import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { PRECACHE_IGNORED_PARAMS, SERVICE_WORKER_FILE, precacheGlobs } from '../lib/offline/precache';

/**
 * Writes the service worker that keeps the whole course for offline use: `workbox-build`'s `generateSW`,
 * run as the last step of `astro build`, after Pagefind has written its index (integrations' hooks run
 * in order, and this one is listed after Pagefind's), so search works offline too.
 *
 * Why this and not `@vite-pwa/astro`: measured here, its defaults precache `404.html` as `404/` (the
 * worker never installs), answer unknown pages with the home page, miss JSON and Pagefind's files, and
 * run before Pagefind. What we need is ~30 lines of options, so we call Workbox directly.
 *
 * Precache URLs are relative to the worker's own URL, so a sub-path build (BASE_PATH) needs nothing else.
 * Pages load from the precache; any other navigation goes to the network, and if that fails (offline)
 * the page is looked for as a folder (a link that lost its trailing slash), then the site's own 404 page answers. A new version waits until the learner
 * accepts the reload offered by `src/scripts/offlineStatus.ts` (the worker listens for SKIP_WAITING).
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'course-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KB before compression)`);
      },
    },
  };
}

/** Writes `sw.js` into a built site's folder; returns what it precaches. Also used by the tests to "deploy" a changed site. */
export async function writeServiceWorker(site: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: site,
    ...precacheGlobs,
    swDest: join(site, SERVICE_WORKER_FILE),
    // Files under _astro/ carry a content hash in their name: no revision needed.
    dontCacheBustURLsMatching: /^_astro\//,
    ignoreURLParametersMatching: PRECACHE_IGNORED_PARAMS,
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        // Runs inside the worker (generateSW writes this function into sw.js), so it uses nothing from here.
        handler: offlineNavigation,
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`The service worker could not be written as asked: ${warnings.join('; ')}`);
  return { count, size };
}

/**
 * A navigation the precache did not answer (a page it does not have, or an address without its trailing
 * slash, which hosts redirect online): the network, and offline the saved page at `<path>/index.html`, or
 * else the site's 404 page. Precached files carry a revision parameter in the cache, hence ignoreSearch.
 */
async function offlineNavigation({ request, url }: { request: Request; url: URL }): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    const saved = (path: string) => caches.match(new URL(path, url.href).href, { ignoreSearch: true });
    const folder = url.pathname.endsWith('/') ? undefined : await saved(`${url.pathname}/index.html`);
    const scope = (self as unknown as { registration: { scope: string } }).registration.scope;
    return folder ?? (await saved(`${new URL(scope).pathname}404.html`)) ?? Response.error();
  }
}
