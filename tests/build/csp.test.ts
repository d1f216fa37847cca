import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cspHash, themeScript } from '../../src/lib/themeScript';
import { builtPages } from '../support/siteMap';
import { ROOT_DIST } from '../support/builds';
import { directive, inlineScripts, policyOf } from '../support/csp';

const htmlFiles = [...builtPages(ROOT_DIST).map((page) => join(page, 'index.html')), '404.html'];

describe('Content-Security-Policy of the built pages', () => {
  it.each(htmlFiles)('%s: every inline script is allowed by its hash, and nothing inline is allowed wholesale', (file) => {
    const html = readFileSync(join(ROOT_DIST, file), 'utf8');
    const policy = policyOf(html);
    const scriptSources = directive(policy, 'script-src');
    const styleSources = directive(policy, 'style-src');
    expect(scriptSources).not.toContain("'unsafe-inline'");
    expect(styleSources).not.toContain("'unsafe-inline'");
    const scripts = inlineScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const source of scripts) {
      expect(scriptSources, `inline script starting ${source.slice(0, 40)}`).toContain(`'${cspHash(source)}'`);
    }
    const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    for (const source of inlineStyles) {
      expect(styleSources).toContain(`'${cspHash(source)}'`);
    }
    // Inline style attributes would be blocked once styles are hashed.
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('the theme script in the pages is exactly the one whose hash the config computes', () => {
    const html = readFileSync(join(ROOT_DIST, 'index.html'), 'utf8');
    expect(html).toContain(`<script>${themeScript}</script>`);
  });

  it('the policy allows nothing from other origins', () => {
    const policy = policyOf(readFileSync(join(ROOT_DIST, 'index.html'), 'utf8'));
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https?:/);
  });
});
