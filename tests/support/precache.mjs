// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a built site's service worker precaches: the URLs listed in its sw.js (relative to the site's base),
 * and what they weigh as a browser would download them (gzipped where a host compresses: text, JSON, SVG).
 * Used by the offline build test and by the bench.
 * @param {string} distDir
 * @returns {{ urls: string[], bytes: number, gzipped: number }}
 */
export function precache(distDir) {
  const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => /** @type {string} */ (match[1]));
  let bytes = 0;
  let gzipped = 0;
  for (const url of urls) {
    const body = readFileSync(join(distDir, url));
    bytes += body.length;
    gzipped += /\.(html|js|css|json|svg|webmanifest|txt)$/.test(url) ? gzipSync(body, { level: 9 }).length : body.length;
  }
  return { urls, bytes, gzipped };
}
