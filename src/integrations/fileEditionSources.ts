import type { Plugin } from 'vite';
import { SOURCES_FILE } from '../lib/export/fileEdition';

/** Built chunk → the source module it was built from, and the code of every page script Astro extracted. */
export interface EditionSources {
  /** `_astro/LessonQuiz.1a2b.js` → `/…/src/islands/quiz/LessonQuiz.tsx` (entries only: islands and page scripts). */
  chunks: Record<string, string>;
  /** A page script's module id (`/…/BaseLayout.astro?astro&type=script&index=0&lang.ts`) → its code. */
  scripts: Record<string, string>;
}

/** Astro's id for the n-th `<script>` of an .astro file, bundled for the browser. */
const PAGE_SCRIPT = /\.astro\?astro&type=script&index=\d+&lang\.ts$/;

/**
 * Only in the file edition's build (COURSE_EDITION=file): records which source module each island and page
 * script chunk was built from. Browsers opening files refuse module scripts, so the exporter bundles those
 * same sources again as one classic script, and needs to know exactly which ones each page uses: an
 * island's `component-url` and a page's `<script type="module" src>` name built chunks, and this maps them
 * back. Page scripts only exist inside .astro files, so their code is kept too. (The file edition's build
 * sets assetsInlineLimit to 0, so no page script is inlined into the HTML where its chunk name would be lost.)
 */
export function fileEditionSources(): Plugin {
  return {
    name: 'course-file-edition-sources',
    generateBundle(_options, bundle) {
      const sources: EditionSources = { chunks: {}, scripts: {} };
      for (const output of Object.values(bundle)) {
        // Only the browser's build: Astro's server build has no _astro/ chunks.
        if (output.type !== 'chunk' || !output.facadeModuleId || !output.fileName.startsWith('_astro/')) continue;
        sources.chunks[output.fileName] = output.facadeModuleId;
        if (PAGE_SCRIPT.test(output.facadeModuleId)) {
          const code = this.getModuleInfo(output.facadeModuleId)?.code;
          if (code == null) this.error(`the code of ${output.facadeModuleId} is not available`);
          sources.scripts[output.facadeModuleId] = code;
        }
      }
      if (Object.keys(sources.chunks).length > 0) {
        this.emitFile({ type: 'asset', fileName: SOURCES_FILE, source: `${JSON.stringify(sources, null, 2)}\n` });
      }
    },
  };
}
