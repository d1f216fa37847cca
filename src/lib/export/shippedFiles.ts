import { FILE_EDITION_SCRIPT, SOURCES_FILE } from './fileEdition';

/**
 * Whether a file of the file edition's build goes into the downloadable copy. Left out: Pagefind's index
 * (search cannot run from files), the module chunks (the one classic script replaces them), the JSON every
 * page that needs it now carries inline, and the exporter's own notes.
 */
export function isShipped(path: string, inlined: ReadonlySet<string>): boolean {
  if (path.startsWith('pagefind/') || path === SOURCES_FILE) return false;
  if (path.endsWith('.js')) return path === FILE_EDITION_SCRIPT;
  if (path.endsWith('.json')) return !inlined.has(path);
  return true;
}
