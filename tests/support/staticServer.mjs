// @ts-check
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** @param {string} path */
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * @typedef {{ url: string, close(): Promise<void> }} RunningServer
 * `url` is the site's root URL, ending in the base path, e.g. http://127.0.0.1:40123/course/eco/
 */

/**
 * Serves a built site the way a plain static host does: `root/` at `base`, `index.html` for
 * directory URLs, and the site's own 404.html (with status 404) for anything else. Port 0 lets
 * the OS pick a free port, so parallel runs never collide. Like a well-configured host (see the
 * README's deployment section) it compresses text and lets hashed assets in _astro/ be cached forever.
 * Used by the e2e suite and Lighthouse.
 * @param {string} root
 * @param {string} [base]
 * @returns {Promise<RunningServer>}
 */
export async function serveStatic(root, base = '/') {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    /** @type {string | undefined} */
    let file;
    if (pathname.startsWith(base)) {
      const relative = normalize(pathname.slice(base.length));
      if (!relative.split(sep).includes('..')) {
        const candidate = join(root, relative);
        if (await isFile(candidate)) file = candidate;
        else if (await isFile(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
      }
    }
    const served = file ?? join(root, '404.html');
    const type = contentTypes[extname(served)] ?? 'application/octet-stream';
    /** @type {Record<string, string>} */
    const headers = { 'content-type': type, 'x-content-type-options': 'nosniff' };
    if (file && pathname.startsWith(`${base}_astro/`)) headers['cache-control'] = 'public, max-age=31536000, immutable';
    let body = await readFile(served);
    if (/text|json|svg/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(file ? 200 : 404, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
