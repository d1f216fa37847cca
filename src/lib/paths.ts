/**
 * Joins the site's base path (`/` or a sub-path such as `/courses/eco/`) with a site-relative
 * path, so every internal link keeps working when the site is deployed under a sub-path.
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** The URL of a lesson page. */
export function lessonPath(base: string, slug: string): string {
  return withBase(base, `lessons/${slug}/`);
}
