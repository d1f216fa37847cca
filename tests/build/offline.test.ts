import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT_DIST, SUBPATH_BASE, SUBPATH_DIST } from '../support/builds';
import { htmlPages } from '../support/pageWeight.mjs';
import { precache } from '../support/precache.mjs';
import { COURSE_NAME } from '../../src/lib/courseName';

/*
 * What makes the course installable and offline, checked on both builds: the manifest and its icons,
 * every page linking them, and a service worker that keeps every file a page may ask for.
 */

/** Every file of a built site, relative to it. */
function allFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** A PNG's width and height, from its header. */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

interface Manifest {
  name: string;
  start_url: string;
  scope: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

describe.each([
  ['/', ROOT_DIST],
  [SUBPATH_BASE, SUBPATH_DIST],
])('offline and installable (base %s)', (base, dist) => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as Manifest;

  it('has a manifest an installer accepts: name, relative start and scope, standalone, icons that exist at their stated sizes', () => {
    expect(manifest.name).toBe(COURSE_NAME);
    expect([manifest.start_url, manifest.scope, manifest.display]).toEqual(['./', './', 'standalone']);
    const pngSizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes);
    expect(pngSizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      expect(existsSync(join(dist, icon.src)), icon.src).toBe(true);
      if (icon.type === 'image/png') expect(pngSize(join(dist, icon.src)), icon.src).toBe(icon.sizes);
    }
  });

  it('links the manifest and the home-screen icon from every page, under the base', () => {
    for (const page of htmlPages(dist)) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toContain(`<link rel="manifest" href="${base}manifest.webmanifest">`);
      expect(html, page).toContain(`<link rel="apple-touch-icon" href="${base}icons/apple-touch-icon.png">`);
      expect(existsSync(join(dist, 'icons/apple-touch-icon.png'))).toBe(true);
    }
  });

  it('precaches every file of the site but the worker itself and the downloadable zip, Pagefind’s index included', () => {
    const { urls } = precache(dist);
    const expected = allFiles(dist).filter((file) => file !== 'sw.js' && !file.endsWith('.zip'));
    expect([...urls].sort()).toEqual(expected.sort());
    expect(urls).toContain('pagefind/pagefind-entry.json');
    expect(urls).toContain('404.html');
  });

  it('writes one self-contained worker (no Workbox runtime fetched from elsewhere) under 10 KB gzipped', () => {
    const worker = readFileSync(join(dist, 'sw.js'));
    expect(worker.toString()).not.toMatch(/importScripts\(/);
    expect(gzipSync(worker, { level: 9 }).length).toBeLessThanOrEqual(10 * 1024);
  });
});
