import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';

export interface BundleSources {
  /** The project's root folder. */
  root: string;
  /** Island key → the component's source module (absolute path). */
  islands: ReadonlyMap<string, string>;
  /** Page script key → the .astro file it is written in (absolute path) and its code, as Astro extracted it. */
  pageScripts: ReadonlyMap<string, { astroFile: string; code: string }>;
  outfile: string;
}

const RUNTIME = 'src/export/browser';

/**
 * Online, a page loads `import(url)` for a `?chunk-url` import (src/integrations/chunkUrl.ts). In one classic
 * script there are no chunk URLs: each `?chunk-url` module registers a loader and gives its name, and the
 * modules that import one have their `import(/* @vite-ignore *\/ url)` turned into `loadChunk(url)`.
 */
function chunkUrls(root: string): Plugin {
  const runtime = join(root, RUNTIME, 'chunks.ts');
  return {
    name: 'course-chunk-urls',
    setup(bundler) {
      bundler.onResolve({ filter: /\?chunk-url$/ }, async ({ path, resolveDir, kind }) => {
        const resolved = await bundler.resolve(path.slice(0, -'?chunk-url'.length), { resolveDir, kind });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        return { path: resolved.path, namespace: 'chunk-url' };
      });
      bundler.onLoad({ filter: /.*/, namespace: 'chunk-url' }, ({ path }) => ({
        contents: `import { chunk } from ${JSON.stringify(runtime)};\nexport default chunk(() => import(${JSON.stringify(path)}));\n`,
        resolveDir: root,
        loader: 'ts',
      }));
      bundler.onLoad({ filter: /\.tsx?$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!/\bfrom\s*['"][^'"]+\?chunk-url['"]/.test(source)) return undefined;
        const dynamicImport = /\bimport\(\s*\/\*\s*@vite-ignore\s*\*\/\s*/g;
        if (!dynamicImport.test(source)) {
          return { errors: [{ text: `${path} imports a ?chunk-url but never loads it with import(/* @vite-ignore */ url)` }] };
        }
        const contents = `import { loadChunk as __loadChunk } from ${JSON.stringify(runtime)};\n${source.replace(dynamicImport, '__loadChunk(')}`;
        return { contents, loader: path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/** Page scripts exist only inside .astro files: each is a module of its own, resolved from its file's folder. */
function pageScripts(sources: BundleSources['pageScripts']): Plugin {
  return {
    name: 'course-page-scripts',
    setup(bundler) {
      bundler.onResolve({ filter: /^page-script:/ }, ({ path }) => ({ path: path.slice('page-script:'.length), namespace: 'page-script' }));
      bundler.onLoad({ filter: /.*/, namespace: 'page-script' }, ({ path }) => {
        const script = sources.get(path);
        if (!script) return { errors: [{ text: `no page script ${path}` }] };
        return { contents: script.code, resolveDir: dirname(script.astroFile), loader: 'ts' };
      });
    },
  };
}

/** The module that defines the islands and runs the page scripts; each is loaded (and run) only when a page needs it. */
function entry(sources: BundleSources): string {
  const lazy = (specifier: string) => `() => import(${JSON.stringify(specifier)})`;
  const table = (rows: [string, string][]) =>
    `{\n${rows.map(([key, specifier]) => `  ${JSON.stringify(key)}: ${lazy(specifier)},`).join('\n')}\n}`;
  return [
    `import { defineIslands, runPageScripts } from ${JSON.stringify(join(sources.root, RUNTIME, 'fileEdition.ts'))};`,
    `defineIslands(${table([...sources.islands])});`,
    `runPageScripts(${table([...sources.pageScripts.keys()].map((key) => [key, `page-script:${key}`]))});`,
  ].join('\n');
}

/**
 * Bundles every island and page script of the site into one classic script (an IIFE): browsers run it from
 * files, where they refuse module scripts. Dynamic imports stay lazy (esbuild runs a module the first time
 * it is imported), so code still runs only when a page needs it. CSS is left out: the pages link it already.
 */
export async function bundleFileEdition(sources: BundleSources): Promise<void> {
  const result = await build({
    stdin: { contents: entry(sources), resolveDir: sources.root, sourcefile: 'file-edition-entry.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true' },
    plugins: [chunkUrls(sources.root), pageScripts(sources.pageScripts)],
    outfile: sources.outfile,
    logLevel: 'silent',
  });
  // A warning here (an import.meta esbuild cannot keep, a require it cannot find) would be a broken page in the copy.
  if (result.warnings.length > 0) {
    throw new Error(`bundling the downloadable copy's script: ${result.warnings.map((warning) => warning.text).join('; ')}`);
  }
}
