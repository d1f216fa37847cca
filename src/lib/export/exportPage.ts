import { markedUrlPattern, relativeFolderLinksToIndex, relativiseUrls } from './relativeLinks';

/*
 * One built page of the file edition, turned into a page of the downloadable copy. Browsers refuse module
 * scripts and fetch() to pages opened from files, so: the page's module scripts and its islands' component
 * chunks give way to one classic script (which holds the same sources, bundled again), each island names
 * its component by a key that script knows, the JSON its islands would fetch travels inside the page, and
 * every link becomes relative, naming a file (a folder opened from disk shows as a listing, not its index.html). The page's Content-Security-Policy stays as Astro wrote it: no inline script
 * is added (the classic script is a file, allowed by 'self'; a JSON data block is not a script).
 */

export interface PageContext {
  /** The page, site-relative: 'lessons/x/index.html'. */
  file: string;
  /** The base path the file edition was built under. */
  base: string;
  /** The classic script that replaces every module script, site-relative. */
  script: string;
  /** A page script's chunk (site-relative) → its key in the classic script. */
  pageScript(chunk: string): string;
  /** An island's component chunk (site-relative) → its key in the classic script. */
  island(chunk: string): string;
  /** The text of a JSON file of the built site (site-relative), or undefined if there is none. */
  data(path: string): string | undefined;
}

export interface ExportedPage {
  html: string;
  /** The JSON files (site-relative) this page now carries inline. */
  inlined: string[];
}

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** JSON as the text of a `<script type="application/json">`: `<` escaped, so no `</script>` or `<!--` can end or bend the element. */
export function jsonForScript(json: string): string {
  return JSON.stringify(JSON.parse(json)).replaceAll('<', '\\u003c');
}

/** The page of the downloadable copy made from a page of the file edition's build. */
export function exportPage(html: string, page: PageContext): ExportedPage {
  const sitePath = (url: string) => {
    if (!url.startsWith(page.base)) throw new Error(`${page.file}: ${url} is not under the file edition's base path ${page.base}`);
    return url.slice(page.base.length);
  };

  const pageScripts: string[] = [];
  let out = html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (_tag, src: string) => {
    pageScripts.push(page.pageScript(sitePath(src)));
    return '';
  });
  const unhandled = /<script\b[^>]*\btype="module"[^>]*>/.exec(out);
  if (unhandled) throw new Error(`${page.file}: a module script the downloadable copy cannot replace: ${unhandled[0]}`);
  out = out.replace(/<link rel="modulepreload"[^>]*>/g, '');

  out = out.replace(/<astro-island\s[^>]*>/g, (tag) => {
    const url = /\scomponent-url="([^"]+)"/.exec(tag)?.[1];
    if (!url) throw new Error(`${page.file}: an island without a component-url: ${tag.slice(0, 120)}`);
    const key = page.island(sitePath(url));
    return tag
      .replace(/\s(?:component-url|renderer-url|before-hydration-url)="[^"]*"/g, '')
      .replace(/^<astro-island/, `<astro-island component-key="${escapeAttribute(key)}"`);
  });

  const inlined = [
    ...new Set([...out.matchAll(markedUrlPattern(page.base))].map((match) => match[1]!).filter((target) => /^[^?#]+\.json$/.test(target))),
  ].sort();
  const dataBlocks = inlined.map((path) => {
    const json = page.data(path);
    if (json === undefined) throw new Error(`${page.file} uses ${path}, which the build did not make`);
    return `<script type="application/json" data-source="${page.base}${path}">${jsonForScript(json)}</script>`;
  });
  out = insertBefore(out, '</body>', dataBlocks.join(''));
  const scriptTag = `<script src="${page.base}${page.script}" data-page-scripts="${escapeAttribute([...new Set(pageScripts)].join(' '))}"></script>`;
  // In <head>, after Astro's CSP <meta> (so the policy governs it), before any island: it defines <astro-island>.
  out = insertBefore(out, '</head>', scriptTag);
  // Links the build wrote from the base, and links lessons wrote relative to themselves ('../three-roles/').
  return { html: relativeFolderLinksToIndex(relativiseUrls(out, page.base, page.file)), inlined };
}

function insertBefore(html: string, marker: string, text: string): string {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} in the page`);
  return `${html.slice(0, at)}${text}${html.slice(at)}`;
}
