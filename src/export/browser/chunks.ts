/*
 * Online, importing a module with the `?chunk-url` suffix gives its chunk's URL, which the page loads with `import(url)`
 * (src/integrations/chunkUrl.ts). In the downloadable copy every chunk is inside the one classic script:
 * the exporter's bundler makes each `?chunk-url` import register a loader here and return its name, and turns
 * those `import(url)` calls into `loadChunk(url)`.
 */

const chunks = new Map<string, () => Promise<unknown>>();

/** Registers the loader of a chunk and returns the name it is loaded by. */
export function chunk(load: () => Promise<unknown>): string {
  const name = `chunk-${chunks.size}`;
  chunks.set(name, load);
  return name;
}

/** Loads a registered chunk by its name: its module runs the first time, as with import(). */
export function loadChunk(name: string): Promise<unknown> {
  const load = chunks.get(name);
  return load ? load() : Promise.reject(new Error(`the downloadable copy has no chunk named ${name}`));
}
