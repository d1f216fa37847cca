import { describe, expect, it } from 'vitest';
import { withSectionLinks } from '../../src/lib/content/sectionLinks';
import { single, trueFalse } from '../support/quizFixtures';

const headings = [
  { slug: 'modular-producer', text: 'Modular producer' },
  { slug: 'customer', text: 'Customer' },
];

describe('withSectionLinks', () => {
  it("links each question's feedback to the section that teaches it, labelled with its heading", () => {
    const [first, second] = withSectionLinks(
      [
        { ...single, lesson: 'three-roles' },
        { ...trueFalse, lesson: 'three-roles' },
      ],
      headings,
      (slug) => `/lessons/three-roles/#${slug}`,
      ' in lesson 4',
    );
    expect(first!.link).toEqual({ href: '/lessons/three-roles/#modular-producer', text: 'Re-read “Modular producer” in lesson 4' });
    expect(second!.link).toEqual({ href: '/lessons/three-roles/#customer', text: 'Re-read “Customer” in lesson 4' });
    expect(first!.prompt).toBe(single.prompt);
  });

  it('falls back to the section id if the heading is unknown (the course check has already failed the build then)', () => {
    const [linked] = withSectionLinks([{ ...single, section: 'gone', lesson: 'x' }], headings, (slug) => `#${slug}`);
    expect(linked!.link.text).toBe('Re-read “gone”');
  });
});
