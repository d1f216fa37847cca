/*
 * The downloadable copy is opened from disk, wherever it was unzipped, so every link in it is relative, and
 * every link to a folder names the folder's index.html: a browser opening files shows a folder as a listing.
 */

/**
 * The relative URL from one file of the site to a target, both site-relative: `fromFile` is a file
 * ('lessons/x/index.html'), `target` a path with an optional query and fragment ('lessons/y/#a', '', 'exam/?draw=2').
 */
export function relativeUrl(fromFile: string, target: string): string {
  const [, path = '', rest = ''] = /^([^?#]*)([\s\S]*)$/.exec(target) ?? [];
  const to = (path === '' || path.endsWith('/') ? `${path}index.html` : path).split('/');
  const from = fromFile.split('/').slice(0, -1);
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/') + rest;
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every URL that starts with `base` in a text (HTML attributes, HTML-escaped island props, JSON, CSS):
 * the base, then path characters, then an optional query and fragment. What ends a URL (a quote, `&quot;`,
 * whitespace, `)`) is not part of it.
 */
export function markedUrlPattern(base: string): RegExp {
  return new RegExp(`${escapeForRegExp(base)}([\\w.~%@+,;=:!*$/-]*(?:\\?[\\w.~%=+-]*)?(?:#[\\w.~%:-]*)?)`, 'g');
}

/** Rewrites every URL under `base` in a text into a link relative to `fromFile`, where the text will be read. */
export function relativiseUrls(text: string, base: string, fromFile: string): string {
  return text.replace(markedUrlPattern(base), (_url, target: string) => relativeUrl(fromFile, target));
}

/** A relative link to a folder ('../three-roles/#a', '..', './'), as a lesson may write it, made to name the folder's index.html. */
export function folderLinkToIndex(link: string): string {
  if (/^([a-z][\w+.-]*:|\/|#|\?)/i.test(link)) return link;
  const [, path = '', rest = ''] = /^([^?#]*)([\s\S]*)$/.exec(link) ?? [];
  if (path.endsWith('/')) return `${path}index.html${rest}`;
  if (path === '.' || path === '..' || path.endsWith('/.') || path.endsWith('/..')) return `${path}/index.html${rest}`;
  return link;
}

/** Every relative folder link in the `href`s of a page, made to name the folder's index.html. */
export function relativeFolderLinksToIndex(html: string): string {
  return html.replace(/(\shref=")([^"]*)"/g, (_match, start: string, link: string) => `${start}${folderLinkToIndex(link)}"`);
}
