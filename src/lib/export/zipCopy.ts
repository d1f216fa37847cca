import { zipSync, type Zippable } from 'fflate';

/*
 * The downloadable copy as a zip whose bytes depend only on its files: entries in one fixed order (by path),
 * each with the same timestamp, compressed at one level. Building twice from the same site gives the same zip,
 * so a changed zip always means a changed course.
 */

/**
 * The timestamp of every entry. A zip stores a local date and time without a zone, and fflate reads them from
 * a Date's local fields: a Date made from local fields, in the zone in force, reads back the same everywhere.
 */
const entryTime = () => new Date(2020, 0, 1, 0, 0, 0);

/** Paths in the order the zip lists them: by UTF-16 code units, the same on every machine and locale. */
export function zipOrder(paths: Iterable<string>): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Zips files (site-relative path → bytes) into one folder. */
export function zipCopy(files: ReadonlyMap<string, Uint8Array>, folder: string): Uint8Array {
  const entries: Zippable = {};
  const mtime = entryTime();
  for (const path of zipOrder(files.keys())) {
    entries[`${folder}/${path}`] = [files.get(path)!, { mtime, level: 9 }];
  }
  return zipSync(entries);
}
