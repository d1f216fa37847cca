import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { EditionSources } from '../integrations/fileEditionSources';
import { DOWNLOAD_NAME, FILE_EDITION_BASE, FILE_EDITION_SCRIPT, SOURCES_FILE } from '../lib/export/fileEdition';
import { exportPage } from '../lib/export/exportPage';
import { relativiseUrls } from '../lib/export/relativeLinks';
import { isShipped } from '../lib/export/shippedFiles';
import { zipCopy } from '../lib/export/zipCopy';
import { copyReadme } from '../lib/export/copyReadme';
import { bundleFileEdition } from './bundleFileEdition';

/*
 * `npm run export`: the downloadable copy of the course, a zip that works unzipped into any folder and opened
 * from disk. Steps: build the site again as the file edition (COURSE_EDITION=file, under a marker base path,
 * into its own folder and cache, so dist/ is never touched); bundle its islands and page scripts as one classic
 * script; rewrite each page (src/lib/export/exportPage.ts); zip what a copy needs. The online build then puts
 * the zip into the site (src/integrations/downloadableCopy.ts).
 */

const root = process.cwd();
const exportDir = join(root, 'dist-export');
const site = join(exportDir, 'site');
const zipPath = join(exportDir, `${DOWNLOAD_NAME}.zip`);

/** Every file under a folder, site-relative with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function buildFileEdition(): void {
  rmSync(site, { recursive: true, force: true });
  const astro = join(root, 'node_modules', 'astro', 'astro.js');
  const result = spawnSync(process.execPath, [astro, 'build', '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      COURSE_EDITION: 'file',
      OUT_DIR: site,
      ASTRO_CACHE_DIR: join(root, 'node_modules', '.astro-file-edition'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (result.status !== 0) throw new Error(`the file edition's build failed (exit code ${result.status})`);
}

/**
 * A source module's key in the classic script: its path in the project, and for a page script which one of its
 * file. (Astro builds each island from a virtual entry, `\0astro-entry:` and the component's path.)
 */
function sourceKey(id: string): string {
  const [file = '', query = ''] = id.replace(/^\0astro-entry:/, '').split('?');
  const index = /&index=(\d+)/.exec(query)?.[1];
  const path = relative(root, file).split(sep).join('/');
  return index === undefined ? path : `${path}#${index}`;
}

async function exportSite(): Promise<void> {
  const started = Date.now();
  buildFileEdition();
  const sources = JSON.parse(readFileSync(join(site, SOURCES_FILE), 'utf8')) as EditionSources;
  const chunkSource = (chunk: string) => {
    const id = sources.chunks[chunk];
    if (!id) throw new Error(`${chunk}: the file edition's build did not say which source it was built from`);
    return id;
  };

  const islands = new Map<string, string>();
  const pageScripts = new Map<string, { astroFile: string; code: string }>();
  const inlined = new Set<string>();
  const files = filesUnder(site);
  for (const file of files.filter((path) => path.endsWith('.html'))) {
    const page = exportPage(readFileSync(join(site, file), 'utf8'), {
      file,
      base: FILE_EDITION_BASE,
      script: FILE_EDITION_SCRIPT,
      island: (chunk) => {
        const key = sourceKey(chunkSource(chunk));
        islands.set(key, join(root, key));
        return key;
      },
      pageScript: (chunk) => {
        const id = chunkSource(chunk);
        const code = sources.scripts[id];
        if (code === undefined) throw new Error(`${chunk} is a module script on ${file} but not a page script of an .astro file`);
        pageScripts.set(sourceKey(id), { astroFile: id.split('?')[0]!, code });
        return sourceKey(id);
      },
      data: (path) => (files.includes(path) ? readFileSync(join(site, path), 'utf8') : undefined),
    });
    for (const path of page.inlined) inlined.add(path);
    writeFileSync(join(site, file), page.html);
  }
  await bundleFileEdition({ root, islands, pageScripts, outfile: join(site, FILE_EDITION_SCRIPT) });

  const shipped = new Map<string, Uint8Array>();
  for (const path of filesUnder(site).filter((file) => isShipped(file, inlined))) {
    let bytes: Uint8Array = readFileSync(join(site, path));
    if (path.endsWith('.css')) bytes = Buffer.from(relativiseUrls(Buffer.from(bytes).toString('utf8'), FILE_EDITION_BASE, path));
    if (Buffer.from(bytes).includes(FILE_EDITION_BASE)) throw new Error(`${path} still holds the marker base path ${FILE_EDITION_BASE}`);
    shipped.set(path, bytes);
  }
  shipped.set('README.txt', Buffer.from(copyReadme(DOWNLOAD_NAME), 'utf8'));
  mkdirSync(exportDir, { recursive: true });
  const zip = zipCopy(shipped, DOWNLOAD_NAME);
  writeFileSync(zipPath, zip);
  const summary = {
    zipBytes: zip.length,
    files: shipped.size,
    scriptGzipBytes: gzipSync(readFileSync(join(site, FILE_EDITION_SCRIPT)), { level: 9 }).length,
    seconds: Number(((Date.now() - started) / 1000).toFixed(2)),
  };
  // For npm run bench (tests/bench/bench.mjs), which reports the copy beside the site.
  writeFileSync(join(exportDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(
    `[export] ${relative(root, zipPath)}: ${(zip.length / 1024).toFixed(1)} KB, ${shipped.size} files ` +
      `(the classic script ${(summary.scriptGzipBytes / 1024).toFixed(1)} KB gzipped) in ${summary.seconds} s`,
  );
}

await exportSite();
