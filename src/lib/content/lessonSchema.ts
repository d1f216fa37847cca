import { z } from 'astro/zod';

/** Frontmatter of a lesson in `content/lessons/*.mdx`. Reading time is derived from the body, not written. */
export const lessonSchema = z
  .object({
    title: z.string().min(3).max(80),
    /** One or two sentences: shown on the home page and used as the page's meta description. */
    summary: z.string().min(40).max(200),
    /** Position in the learning path, 1-based; the course check requires 1..n without gaps. */
    order: z.number().int().min(1),
    /**
     * What a learner can do after the lesson. Each has an id, so quiz questions can say which one they
     * check (and the build can require every objective to be tested).
     */
    objectives: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, e.g. "tell-apart"'),
            text: z.string().min(10),
          })
          .strict(),
      )
      .min(2)
      .max(6)
      .refine((list) => new Set(list.map((objective) => objective.id)).size === list.length, 'two objectives have the same id'),
    /** The lesson's key terms, as ids of `content/glossary.yaml` entries: each term is defined once, there. */
    keyTerms: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use the id of a glossary entry, e.g. "lock-in"')).min(2),
    takeaways: z.array(z.string().min(10)).min(3).max(7),
    /** Headings of the source article this lesson draws on, listed on the sources page. */
    sourceSections: z.array(z.string().min(3)).min(1),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
