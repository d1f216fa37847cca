import { z } from 'astro/zod';

/** Frontmatter of a lesson in `content/lessons/*.mdx`. Reading time is derived from the body, not written. */
export const lessonSchema = z
  .object({
    title: z.string().min(3).max(80),
    /** One or two sentences: shown on the home page and used as the page's meta description. */
    summary: z.string().min(40).max(200),
    /** Position in the learning path, 1-based; the course check requires 1..n without gaps. */
    order: z.number().int().min(1),
    objectives: z.array(z.string().min(10)).min(2).max(6),
    keyTerms: z
      .array(z.object({ term: z.string().min(2), definition: z.string().min(10) }).strict())
      .min(2),
    takeaways: z.array(z.string().min(10)).min(3).max(7),
    /** Headings of the source article this lesson draws on, listed on the sources page. */
    sourceSections: z.array(z.string().min(3)).min(1),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
