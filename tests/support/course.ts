import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/*
 * The course as its content files define it, so tests derive their counts ("every lesson", "a question
 * from each lesson") instead of pinning today's numbers.
 */

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

/** Every lesson's slug, from `content/lessons/*.mdx`. */
export function lessonSlugs(): string[] {
  return readdirSync(`${contentDir}lessons`)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, ''))
    .sort();
}

/** Every lesson's slug in learning-path order, by the `order` in its frontmatter. */
export function lessonsInOrder(): string[] {
  const order = (slug: string) => Number(/^order:\s*(\d+)/m.exec(readFileSync(`${contentDir}lessons/${slug}.mdx`, 'utf8'))?.[1]);
  return lessonSlugs().sort((a, b) => order(a) - order(b));
}

/** The lesson each game deck belongs to, by deck id, from `content/games/*.yaml`. */
export function deckLessons(): Map<string, string> {
  return new Map(
    readdirSync(`${contentDir}games`)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [
        file.replace(/\.yaml$/, ''),
        /^lesson:\s*([a-z0-9-]+)/m.exec(readFileSync(`${contentDir}games/${file}`, 'utf8'))![1]!,
      ]),
  );
}

/** Every glossary entry's id and displayed term, from `content/glossary.yaml`. */
export function glossaryTerms(): { id: string; term: string }[] {
  const file = readFileSync(`${contentDir}glossary.yaml`, 'utf8');
  return [...file.matchAll(/^- id: ([a-z0-9-]+)\n\s+term: "([^"]+)"/gm)].map((match) => ({ id: match[1]!, term: match[2]! }));
}

/** Each lesson's key terms (glossary ids), in order, from its frontmatter. */
export function lessonKeyTerms(slug: string): string[] {
  const list = /^keyTerms: \[(.*)\]$/m.exec(readFileSync(`${contentDir}lessons/${slug}.mdx`, 'utf8'))?.[1] ?? '';
  return list
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}
