import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { DOWNLOAD_NAME } from '../../src/lib/export/fileEdition';
import { ROOT_DIST } from './builds';

/** The zip's file name, as the online site serves it beside its home page. */
export const ZIP_NAME = `${DOWNLOAD_NAME}.zip`;

/** The zip the online build in `distDir` offers. */
export const zipOf = (distDir = ROOT_DIST): Buffer => readFileSync(join(distDir, ZIP_NAME));

/**
 * The downloadable copy unpacked in memory, with fflate as the copy was packed (a fresh machine has no
 * `unzip`): each file's path inside the copy's one folder → its bytes. Fails if anything lies outside that folder.
 */
export function copyFiles(distDir = ROOT_DIST): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const [name, bytes] of Object.entries(unzipSync(zipOf(distDir)))) {
    if (!name.startsWith(`${DOWNLOAD_NAME}/`)) throw new Error(`${name} is outside the copy's folder ${DOWNLOAD_NAME}/`);
    files.set(name.slice(DOWNLOAD_NAME.length + 1), bytes);
  }
  return files;
}

/** Unpacks the copy into `folder`, as a learner would, and returns the folder its index.html is in. */
export function unpackCopy(folder: string, distDir = ROOT_DIST): string {
  const copy = join(folder, DOWNLOAD_NAME);
  for (const [path, bytes] of copyFiles(distDir)) {
    mkdirSync(dirname(join(copy, path)), { recursive: true });
    writeFileSync(join(copy, path), bytes);
  }
  return copy;
}

/**
 * Runs `use` with the copy unpacked into a fresh folder whose name has a space and an accent (as a learner's
 * might), given the file:// address of a page in it; the folder is removed afterwards.
 */
export async function withUnpackedCopy<T>(use: (pageUrl: (page: string) => string) => Promise<T>): Promise<T> {
  const scratch = mkdtempSync(join(tmpdir(), 'course-copy-'));
  try {
    const folder = join(scratch, 'Cours numérique 1');
    mkdirSync(folder);
    const copy = unpackCopy(folder);
    return await use((page) => pathToFileURL(join(copy, page, 'index.html')).href);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
