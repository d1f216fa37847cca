/** Words a typical reader gets through in a minute of careful, non-fiction reading. */
export const WORDS_PER_MINUTE = 200;

/** Counts the words a reader sees in an MDX body: markup, SVG and code are not read as words. */
export function countWords(mdxBody: string): number {
  const prose = mdxBody
    .replace(/^---[\s\S]*?---/, ' ') // frontmatter, if present
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/<desc[\s\S]*?<\/desc>/g, ' ') // diagram text alternatives are read instead of the diagram, not in addition
    .replace(/<title[\s\S]*?<\/title>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ') // link targets
    .replace(/[#*_`>|[\]-]+/g, ' ');
  return prose.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read an MDX body, never less than one. */
export function readingMinutes(mdxBody: string): number {
  return Math.max(1, Math.ceil(countWords(mdxBody) / WORDS_PER_MINUTE));
}
