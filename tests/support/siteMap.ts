import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every page of a built site as a site-relative path ('' for the home page, 'lessons/x/' …), 404 excluded. */
export function builtPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') pages.push(relative(distDir, dir).split('\\').join('/'));
    }
  };
  walk(distDir);
  return pages.map((page) => (page === '' ? '' : `${page}/`)).sort();
}
