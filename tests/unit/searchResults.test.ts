import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excerptParts, pageHits, resultSummary } from '../../src/lib/search/searchResults';

describe('excerptParts', () => {
  it('keeps the highlights and the text, and reads entities as text', () => {
    expect(excerptParts('a kind of <mark>lock-in</mark> for &lt;many&gt; users &amp; more')).toEqual([
      { text: 'a kind of ', marked: false },
      { text: 'lock-in', marked: true },
      { text: ' for <many> users & more', marked: false },
    ]);
  });

  it('never lets markup through: any other tag is dropped, whatever the index holds', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>safe <mark><b>bold</b></mark>')).toEqual([
      { text: 'safe ', marked: false },
      { text: 'bold', marked: true },
    ]);
    fc.assert(
      fc.property(fc.string(), (text) => {
        // What is left is shown as text (never parsed), so at most a stray "<" remains, never a whole tag.
        for (const part of excerptParts(text)) expect(part.text).not.toMatch(/<[a-z/][^>]*>/i);
      }),
    );
  });
});

describe('pageHits', () => {
  const fragment = {
    url: '/lessons/amazon-case-study/',
    meta: { title: 'Case study: Amazon' },
    excerpt: 'top of <mark>page</mark>',
    sub_results: [
      { title: 'Case study: Amazon', url: '/lessons/amazon-case-study/', excerpt: 'x' },
      {
        title: 'Prime and lock-in',
        url: '/lessons/amazon-case-study/#prime-and-lock-in',
        excerpt: 'a <mark>lock-in</mark>',
        locations: [1, 2, 3],
      },
      { title: 'AWS as a launch pad', url: '/lessons/amazon-case-study/#aws-as-a-launch-pad', excerpt: 'one', locations: [9] },
      { title: 'The pattern', url: '/lessons/amazon-case-study/#the-pattern', excerpt: 'two', locations: [4, 5] },
    ],
  };

  it('shows the sections with the most matches, under the page title', () => {
    expect(pageHits(fragment).map((hit) => [hit.page, hit.section, hit.url])).toEqual([
      ['Case study: Amazon', 'Prime and lock-in', '/lessons/amazon-case-study/#prime-and-lock-in'],
      ['Case study: Amazon', 'The pattern', '/lessons/amazon-case-study/#the-pattern'],
    ]);
  });

  it('falls back to the page itself when no section matched', () => {
    expect(pageHits({ ...fragment, sub_results: [] })).toEqual([
      {
        page: 'Case study: Amazon',
        section: undefined,
        url: '/lessons/amazon-case-study/',
        excerpt: [
          { text: 'top of ', marked: false },
          { text: 'page', marked: true },
        ],
      },
    ]);
  });
});

describe('resultSummary', () => {
  it('says how many pages match, or that none does', () => {
    expect(resultSummary(1, 'lock-in')).toBe('1 page matches “lock-in”.');
    expect(resultSummary(3, ' lock ')).toBe('3 pages match “lock”.');
    expect(resultSummary(0, 'xyz')).toBe('No results for “xyz”.');
    expect(resultSummary(0, '  ')).toBe('');
  });
});
