// @ts-check
/*
 * `npm run export` (and the first step of `npm run build`): Node 20 cannot run TypeScript, so the exporter
 * (src/export/exportSite.ts) is bundled with esbuild into node_modules/.cache and run from there.
 */
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outfile = `${root}node_modules/.cache/course-export/exportSite.mjs`;
await build({
  entryPoints: [`${root}src/export/exportSite.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
