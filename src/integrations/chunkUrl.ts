import type { Plugin } from 'vite';

const SUFFIX = '?chunk-url';

/**
 * `import url from './module.ts?chunk-url'` gives the URL of `module.ts` bundled as a chunk of its own,
 * for a page to `import(url)` when it needs it. A plain `import('./module.ts')` does the same, but Vite
 * wraps it in a ~0.7 KB preload helper; the search launcher runs on every page, so that helper would
 * ride on every page. (Rollup's emitFile and ROLLUP_FILE_URL are standard; in dev the source is served as is.)
 * The URL is written from the site's base, not relative to the importing module: Astro inlines small
 * scripts into the page, where a relative URL would resolve against the page instead.
 */
export function chunkUrl(): Plugin {
  let serving = false;
  let base = '/';
  const references = new Set<string>();
  return {
    name: 'course-chunk-url',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base.endsWith('/') ? config.base : `${config.base}/`;
    },
    resolveFileUrl({ referenceId, fileName }) {
      return references.has(referenceId) ? JSON.stringify(`${base}${fileName}`) : null;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer);
      return resolved ? `${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      if (serving) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file });
      references.add(reference);
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
