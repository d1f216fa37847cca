import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOWNLOAD_NAME } from '../lib/export/fileEdition';

/** Which copy of the course this build makes: the online site, or the downloadable copy's pages (see astro.config.mjs). */
export const isFileEdition = process.env['COURSE_EDITION'] === 'file';

/** Where `npm run export` leaves its work and the zip; the online build copies the zip into its own output. */
export const EXPORT_DIR = join(process.cwd(), 'dist-export');
export const ZIP_FILE_NAME = `${DOWNLOAD_NAME}.zip`;
export const ZIP_PATH = join(EXPORT_DIR, ZIP_FILE_NAME);

/**
 * The downloadable copy as the online home page offers it, or undefined where there is none to offer: in the
 * copy itself, and in a build or dev server run without `npm run export` first (`npm run build` runs it).
 */
export function downloadableCopy(): { fileName: string; bytes: number } | undefined {
  if (isFileEdition || !existsSync(ZIP_PATH)) return undefined;
  return { fileName: ZIP_FILE_NAME, bytes: statSync(ZIP_PATH).size };
}
