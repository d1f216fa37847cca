/*
 * What the search dialog shows, from what Pagefind returns. Pure, so it is tested without a browser; the
 * dialog (src/scripts/searchDialog.ts) only puts it on the page.
 */

/** The parts of a Pagefind result this module reads (see Pagefind's `PagefindSearchFragment`). */
export interface PagefindFragment {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}

/** A run of excerpt text, highlighted where it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SearchHit {
  /** The page's title: a lesson, or the glossary. */
  page: string;
  /** The section the match is in, when it is not the top of the page. */
  section: string | undefined;
  url: string;
  excerpt: ExcerptPart[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/**
 * Pagefind's excerpts are escaped text with `<mark>` around matches. They are read as text, keeping only
 * the marks, so whatever an index holds can never become markup on the page.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else {
      const text = piece.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/**
 * The hits to show for one page: its best-matching sections (up to `perPage`, most matches first), or the
 * page itself when the match is not under a section heading.
 */
export function pageHits(fragment: PagefindFragment, perPage = 2): SearchHit[] {
  const page = fragment.meta.title ?? fragment.url;
  const sections = (fragment.sub_results ?? [])
    .filter((sub) => sub.url !== fragment.url && sub.title !== page)
    .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
    .slice(0, perPage);
  if (sections.length === 0) return [{ page, section: undefined, url: fragment.url, excerpt: excerptParts(fragment.excerpt) }];
  return sections.map((sub) => ({ page, section: sub.title, url: sub.url, excerpt: excerptParts(sub.excerpt) }));
}

/** What the status line says (and a screen reader hears) after a search. */
export function resultSummary(pages: number, query: string): string {
  if (query.trim() === '') return '';
  if (pages === 0) return `No results for “${query.trim()}”.`;
  return `${pages} ${pages === 1 ? 'page matches' : 'pages match'} “${query.trim()}”.`;
}
